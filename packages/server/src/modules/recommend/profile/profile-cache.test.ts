import { describe, expect, it } from 'vitest';
import type { MerchantModel } from '../model/merchant-model.ts';
import { PROFILE_TTL_MS, ProfileCache } from './profile-cache.ts';
import type { ShopperProfile } from './shopper-profile.ts';

const model = {} as MerchantModel;
const profile = { recentItems: [1] } as unknown as ShopperProfile;

describe('profile cache', () => {
  it('reuses a profile for the same shopper, visit and model until it expires', () => {
    const cache = new ProfileCache();
    const who = { customerId: 'cus_1', sessionKey: 'visit_1' };
    cache.set('mer_1', who, model, profile, 1000);
    expect(cache.get('mer_1', who, model, 1000 + PROFILE_TTL_MS - 1)).toBe(profile);
    expect(cache.get('mer_1', who, model, 1000 + PROFILE_TTL_MS)).toBeUndefined();
    expect(cache.get('mer_1', who, {} as MerchantModel, 1001)).toBeUndefined();
    // Without consent the key names no customer: never the personalised entry.
    expect(cache.get('mer_1', { sessionKey: 'visit_1' }, model, 1001)).toBeUndefined();
    expect(cache.get('mer_2', who, model, 1001)).toBeUndefined();
  });

  it("forgets what this shopper's or this visit's new events made stale, and nothing else", () => {
    const cache = new ProfileCache();
    cache.set('mer_1', { customerId: 'cus_1', sessionKey: 'visit_1' }, model, profile, 0);
    cache.set('mer_1', { sessionKey: 'visit_2' }, model, profile, 0);
    cache.set('mer_1', { customerId: 'cus_2' }, model, profile, 0);
    cache.forget('mer_1', { customerId: 'cus_1' });
    expect(cache.get('mer_1', { customerId: 'cus_1', sessionKey: 'visit_1' }, model, 1)).toBeUndefined();
    expect(cache.get('mer_1', { sessionKey: 'visit_2' }, model, 1)).toBe(profile);
    cache.forget('mer_1', { sessionKey: 'visit_2' });
    expect(cache.get('mer_1', { sessionKey: 'visit_2' }, model, 1)).toBeUndefined();
    expect(cache.get('mer_1', { customerId: 'cus_2' }, model, 1)).toBe(profile);
  });
});
