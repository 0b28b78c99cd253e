import { LRUCache } from 'lru-cache';
import type { ConsentPurpose, Db, Runtime, SharedVersions } from '../../../platform/index.ts';
import { onSubjectErased } from '../rights/subject-erased.ts';
import { grantedConsents } from './services/current-consents.ts';

// Every signed-in request carries the shopper's consents (ctx.consent). Reading them afresh cost one
// statement per request, the second most frequent after the session; they change a few times in a
// shopper's life. Entries are stamped with the shopper's shared consent version, which every change bumps
// after it commits: the next request in any process sees the version move and reads afresh, so a
// withdrawal still applies from the very next request. The TTL only bounds memory held for idle shoppers.
const MAX_ENTRIES = 50_000;
const TTL_MS = 60_000;

interface Entry {
  version: number;
  granted: ReadonlySet<ConsentPurpose>;
}

export class ConsentCache {
  private readonly entries = new LRUCache<string, Entry>({ max: MAX_ENTRIES, ttl: TTL_MS });

  constructor(
    private readonly versions: SharedVersions,
    private readonly log: Runtime['log'],
  ) {}

  /** The purposes the shopper has granted now. */
  async granted(db: Db, merchantId: string, customerId: string): Promise<ReadonlySet<ConsentPurpose>> {
    const key = `consent:${merchantId}:${customerId}`;
    let version: number;
    try {
      version = await this.versions.current(key);
    } catch (err) {
      // Without the shared version a cached answer cannot be trusted: read the database.
      this.log.warn({ err }, 'consent version unavailable; reading consents from the database');
      return grantedConsents(db, merchantId, customerId);
    }
    const hit = this.entries.get(key);
    if (hit && hit.version === version) return hit.granted;
    // Read after the version: a change committing meanwhile bumps past it, so this entry dies at once.
    const granted = await grantedConsents(db, merchantId, customerId);
    this.entries.set(key, { version, granted });
    return granted;
  }

  /** After a change of the shopper's consents has committed (or their records were erased). */
  async changed(merchantId: string, customerId: string): Promise<void> {
    const key = `consent:${merchantId}:${customerId}`;
    this.entries.delete(key);
    await this.versions.bump(key);
  }
}

const byRuntime = new WeakMap<Runtime, ConsentCache>();

export function setupConsentCache(runtime: Runtime): void {
  const cache = new ConsentCache(runtime.versions, runtime.log);
  byRuntime.set(runtime, cache);
  // Erasure deletes the person's consent records outside the consent routes: at once in this process,
  // and through the outbox should this one stop between the commit and the announcement.
  onSubjectErased(runtime, (subject) => cache.changed(subject.merchantId, subject.customerId));
  runtime.events.on('privacy.data_key_destroyed', async (event) => {
    await cache.changed(event.merchantId, event.payload.subjectId);
  });
}

export function consentCacheOf(runtime: Runtime): ConsentCache {
  const cache = byRuntime.get(runtime);
  if (!cache) throw new Error('the consent cache is created in privacyModule.setup');
  return cache;
}

/** The request hook's resolveConsent (platform Authenticators), through this app's cache. */
export function cachedConsentResolver(runtime: Runtime) {
  return (db: Db, merchantId: string, customerId: string) =>
    consentCacheOf(runtime).granted(db, merchantId, customerId);
}
