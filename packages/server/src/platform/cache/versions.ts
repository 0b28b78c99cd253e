import type { Redis } from 'ioredis';
import { LRUCache } from 'lru-cache';

/**
 * Version numbers that every server process reads alike: a cache entry stamped with the version it was
 * loaded under is current exactly while the version has not moved. Unlike a broadcast invalidation, a
 * bump is seen by the very next read in any process, so it suits what must apply at once (a consent
 * withdrawal). One process keeps them in memory; several share them in Redis.
 */
export interface SharedVersions {
  current(key: string): Promise<number>;
  /** Moves the version on; call it after the change it stands for has committed. */
  bump(key: string): Promise<void>;
}

/**
 * In one process the caches built on these also drop their own entries when they bump, so a version
 * forgotten by the LRU (read as 0 again) can never revive an entry.
 */
export class InProcessVersions implements SharedVersions {
  private readonly versions = new LRUCache<string, number>({ max: 100_000 });

  async current(key: string): Promise<number> {
    return this.versions.get(key) ?? 0;
  }

  async bump(key: string): Promise<void> {
    this.versions.set(key, (this.versions.get(key) ?? 0) + 1);
  }
}

const PREFIX = 'hexamall:version:';
// Versions of people nobody changed for this long are let go; a missing one reads as 0, which is safe
// because caches also stamp their entries with a time and drop them well before this (see their TTLs).
const EXPIRE_SECONDS = 7 * 24 * 3600;

export class RedisVersions implements SharedVersions {
  constructor(private readonly redis: Redis) {}

  async current(key: string): Promise<number> {
    return Number((await this.redis.get(PREFIX + key)) ?? 0);
  }

  async bump(key: string): Promise<void> {
    await this.redis
      .multi()
      .incr(PREFIX + key)
      .expire(PREFIX + key, EXPIRE_SECONDS)
      .exec();
  }
}
