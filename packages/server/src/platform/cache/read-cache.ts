import { LRUCache } from 'lru-cache';
import type { Broadcaster } from './broadcaster.ts';

export interface ReadCacheOptions {
  /** Entries kept per process. */
  max: number;
  /** A safety net: an entry lives at most this long even if an invalidation were lost. */
  ttlMs: number;
}

/**
 * A per-process read-through cache for hot, rarely-changing reads (product pages, merchant handles).
 * Entries carry tags; `invalidate(tags)` drops matching entries here and, through the broadcaster, in
 * every other process. Writers invalidate after their change commits, so a reader may see the old value
 * only for the moment the message is in flight, and never past `ttlMs`.
 */
export class ReadCache<V extends object> {
  private readonly entries: LRUCache<string, { value: V; tags: readonly string[] }>;
  private readonly keysByTag = new Map<string, Set<string>>();
  private readonly pending = new Map<string, Promise<V | undefined>>();
  private generation = 0;

  constructor(
    readonly name: string,
    options: ReadCacheOptions,
    private readonly broadcaster: Broadcaster,
  ) {
    this.entries = new LRUCache({
      max: options.max,
      ttl: options.ttlMs,
      dispose: (entry, key) => {
        for (const tag of entry.tags) this.keysByTag.get(tag)?.delete(key);
      },
    });
  }

  async start(): Promise<void> {
    await this.broadcaster.subscribe(this.channel, (message) =>
      this.dropLocal(JSON.parse(message) as string[]),
    );
  }

  /**
   * The cached value, or `load()`'s (cached unless undefined). Concurrent misses share one load. Tags may
   * be computed from the loaded value, for entries whose dependencies are only known once read.
   */
  async get(
    key: string,
    tags: readonly string[] | ((value: V) => readonly string[]),
    load: () => Promise<V | undefined>,
  ): Promise<V | undefined> {
    const hit = this.entries.get(key);
    if (hit) return hit.value;
    const inFlight = this.pending.get(key);
    if (inFlight) return inFlight;
    const generation = this.generation;
    const loading = load().then((value) => {
      // An invalidation that arrived while loading may concern what was just read: do not keep it.
      if (value !== undefined && generation === this.generation)
        this.set(key, typeof tags === 'function' ? tags(value) : tags, value);
      return value;
    });
    this.pending.set(key, loading);
    try {
      return await loading;
    } finally {
      this.pending.delete(key);
    }
  }

  async invalidate(tags: readonly string[]): Promise<void> {
    this.dropLocal(tags);
    await this.broadcaster.publish(this.channel, JSON.stringify(tags));
  }

  get size(): number {
    return this.entries.size;
  }

  private get channel(): string {
    return `hexamall:cache:${this.name}`;
  }

  private set(key: string, tags: readonly string[], value: V): void {
    this.entries.set(key, { value, tags });
    for (const tag of tags) {
      let keys = this.keysByTag.get(tag);
      if (!keys) this.keysByTag.set(tag, (keys = new Set()));
      keys.add(key);
    }
  }

  private dropLocal(tags: readonly string[]): void {
    this.generation += 1;
    for (const tag of tags) {
      for (const key of [...(this.keysByTag.get(tag) ?? [])]) this.entries.delete(key);
      this.keysByTag.delete(tag);
    }
  }
}
