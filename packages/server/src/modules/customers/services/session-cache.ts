import { LRUCache } from 'lru-cache';
import type { Db, Runtime, SharedVersions } from '../../../platform/index.ts';
import { onSubjectErased } from '../../privacy/index.ts';
import { hashSessionToken } from '../../staff/index.ts';
import { resolveShopper, type ResolvedShopper } from './resolve-shopper.ts';

// Every signed-in store request starts by finding the session behind its token: the most frequent
// statement of the store API. A session changes once in its life (sign-out, or erasure of the person),
// so it is kept per process, stamped with the shopper's shared session version, which both bump after
// they commit; every request compares the version (a memory read in one process, a Redis GET across
// several), so a signed-out token is refused from the very next request in any process. Expiry is
// checked on every hit. The TTL only bounds memory.
const MAX_ENTRIES = 50_000;
const TTL_MS = 60_000;

interface Entry {
  shopper: ResolvedShopper;
  expiresAt: number;
  version: number;
  versionKey: string;
}

const versionKeyOf = (merchantId: string, customerId: string) => `sessions:${merchantId}:${customerId}`;

export class SessionCache {
  private readonly entries = new LRUCache<string, Entry>({ max: MAX_ENTRIES, ttl: TTL_MS });

  constructor(
    private readonly versions: SharedVersions,
    private readonly log: Runtime['log'],
  ) {}

  async resolve(db: Db, token: string): Promise<ResolvedShopper | undefined> {
    const key = hashSessionToken(token);
    const hit = this.entries.get(key);
    if (hit && hit.expiresAt > Date.now() && (await this.version(hit.versionKey)) === hit.version)
      return hit.shopper;
    const first = await resolveShopper(db, token);
    if (!first) return undefined;
    const versionKey = versionKeyOf(first.merchantId, first.customerId);
    const version = await this.version(versionKey);
    // Without the shared version an entry could not be trusted later: answer from the database only.
    if (version === undefined) return first;
    // Read again after the version: a sign-out that committed before it is seen now, and one that
    // commits after it has moved the version past this entry.
    const shopper = await resolveShopper(db, token);
    if (shopper)
      this.entries.set(key, { shopper, expiresAt: shopper.expiresAt.getTime(), version, versionKey });
    return shopper;
  }

  /** After a shopper's session was revoked or deleted, and that has committed. */
  async changed(merchantId: string, customerId: string): Promise<void> {
    const versionKey = versionKeyOf(merchantId, customerId);
    for (const [key, entry] of this.entries.entries())
      if (entry.versionKey === versionKey) this.entries.delete(key);
    await this.versions.bump(versionKey);
  }

  private async version(key: string): Promise<number | undefined> {
    try {
      return await this.versions.current(key);
    } catch (err) {
      this.log.warn({ err }, 'session version unavailable; reading the session from the database');
      return undefined;
    }
  }
}

const byRuntime = new WeakMap<Runtime, SessionCache>();

export function setupSessionCache(runtime: Runtime): void {
  const cache = new SessionCache(runtime.versions, runtime.log);
  byRuntime.set(runtime, cache);
  // Erasure deletes the person's sessions outside the sign-out route: refused at once (the announcement
  // right after the erasure commits), and through the outbox should this process stop in between.
  onSubjectErased(runtime, (subject) => cache.changed(subject.merchantId, subject.customerId));
  runtime.events.on('privacy.data_key_destroyed', async (event) => {
    await cache.changed(event.merchantId, event.payload.subjectId);
  });
}

export function sessionCacheOf(runtime: Runtime): SessionCache {
  const cache = byRuntime.get(runtime);
  if (!cache) throw new Error('the session cache is created in customersModule.setup');
  return cache;
}

/** The request hook's resolveShopper (platform Authenticators), through this app's cache. */
export function cachedShopperResolver(runtime: Runtime) {
  return (db: Db, token: string) => sessionCacheOf(runtime).resolve(db, token);
}
