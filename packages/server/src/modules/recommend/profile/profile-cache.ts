import { LRUCache } from 'lru-cache';
import { InProcessVersions, type SharedVersions } from '../../../platform/index.ts';
import type { MerchantModel } from '../model/merchant-model.ts';
import type { ShopperProfile } from './shopper-profile.ts';

/** How long a profile may be reused at most: its recency weights were computed at load time. */
export const PROFILE_TTL_MS = 60_000;
const MAX_ENTRIES = 20_000;

export interface ProfileOwner {
  customerId?: string | undefined;
  sessionKey?: string | undefined;
}

interface Entry {
  model: MerchantModel;
  profile: ShopperProfile;
  until: number;
  stamp: string;
}

/**
 * Profiles per process, so a feed scrolled or a page opened reads the shopper's events once. An entry is
 * tied to the model it was built against (profiles hold the model's item indexes) and stamped with the
 * shared versions of its shopper and its visit, which every stored event and every purchase bumps: a
 * profile is never served after its owner did something new, in any process (decision 0015). Consent is
 * decided before the cache is asked: a non-personalised request's key has no customer, so a withdrawal
 * never reads a personalised entry.
 */
export class ProfileCache {
  private readonly entries = new LRUCache<string, Entry>({ max: MAX_ENTRIES });

  constructor(private readonly versions: SharedVersions = new InProcessVersions()) {}

  /** The cached profile, or `load()`'s, kept unless the versions could not be read. */
  async through(
    merchantId: string,
    who: ProfileOwner,
    model: MerchantModel,
    nowMs: number,
    load: () => Promise<ShopperProfile>,
  ): Promise<ShopperProfile> {
    const key = `${merchantId}|${who.customerId ?? ''}|${who.sessionKey ?? ''}`;
    const stamp = await this.stampOf(merchantId, who);
    const entry = this.entries.get(key);
    if (entry && stamp !== undefined && entry.stamp === stamp && entry.model === model && entry.until > nowMs)
      return entry.profile;
    // Loaded after the versions were read: an event stored meanwhile has moved them past this entry.
    const profile = await load();
    if (stamp !== undefined) this.entries.set(key, { model, profile, until: nowMs + PROFILE_TTL_MS, stamp });
    return profile;
  }

  /** After this shopper's or this visit's new events (or a purchase) are stored. */
  async forget(merchantId: string, who: ProfileOwner): Promise<void> {
    const customer = who.customerId ? `${merchantId}|${who.customerId}|` : undefined;
    const session = who.sessionKey ? `|${who.sessionKey}` : undefined;
    for (const key of [...this.entries.keys()]) {
      if (!key.startsWith(`${merchantId}|`)) continue;
      if ((customer && key.startsWith(customer)) || (session && key.endsWith(session)))
        this.entries.delete(key);
    }
    await Promise.all(versionKeysOf(merchantId, who).map((k) => this.versions.bump(k)));
  }

  private async stampOf(merchantId: string, who: ProfileOwner): Promise<string | undefined> {
    try {
      const versions = await Promise.all(versionKeysOf(merchantId, who).map((k) => this.versions.current(k)));
      return versions.join('.');
    } catch {
      // Without the shared versions an entry could not be trusted later: load, keep nothing.
      return undefined;
    }
  }
}

function versionKeysOf(merchantId: string, who: ProfileOwner): string[] {
  return [
    ...(who.customerId ? [`profile:${merchantId}:customer:${who.customerId}`] : []),
    ...(who.sessionKey ? [`profile:${merchantId}:visit:${who.sessionKey}`] : []),
  ];
}
