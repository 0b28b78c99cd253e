import type { MerchantModel } from '../model/merchant-model.ts';
import type { ShopperProfile } from './shopper-profile.ts';

/** How long a profile is reused: a feed scrolled or a page opened within it reads the events once. */
export const PROFILE_TTL_MS = 3_000;
const MAX_ENTRIES = 20_000;

export interface ProfileOwner {
  customerId?: string | undefined;
  sessionKey?: string | undefined;
}

/**
 * Profiles built in the last few seconds, per process. An entry is tied to the model it was built against
 * (profiles hold the model's item indexes) and dropped when this process stores events of its shopper or
 * visit; another process's writes show after PROFILE_TTL_MS. Consent is decided before the cache is asked:
 * a non-personalised request's key has no customer, so a withdrawal never reads a personalised entry.
 */
export class ProfileCache {
  private readonly entries = new Map<
    string,
    { model: MerchantModel; profile: ShopperProfile; until: number }
  >();

  private static key(merchantId: string, who: ProfileOwner) {
    return `${merchantId}|${who.customerId ?? ''}|${who.sessionKey ?? ''}`;
  }

  get(
    merchantId: string,
    who: ProfileOwner,
    model: MerchantModel,
    nowMs: number,
  ): ShopperProfile | undefined {
    const entry = this.entries.get(ProfileCache.key(merchantId, who));
    return entry && entry.model === model && entry.until > nowMs ? entry.profile : undefined;
  }

  set(merchantId: string, who: ProfileOwner, model: MerchantModel, profile: ShopperProfile, nowMs: number) {
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    this.entries.set(ProfileCache.key(merchantId, who), { model, profile, until: nowMs + PROFILE_TTL_MS });
  }

  /** Drops every entry built from this shopper's or this visit's events. */
  forget(merchantId: string, who: ProfileOwner): void {
    const customer = who.customerId ? `${merchantId}|${who.customerId}|` : undefined;
    const session = who.sessionKey ? `|${who.sessionKey}` : undefined;
    for (const key of this.entries.keys()) {
      if (!key.startsWith(`${merchantId}|`)) continue;
      if ((customer && key.startsWith(customer)) || (session && key.endsWith(session)))
        this.entries.delete(key);
    }
  }
}
