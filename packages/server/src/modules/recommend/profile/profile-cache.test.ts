import { describe, expect, it } from 'vitest';
import { InProcessVersions, type SharedVersions } from '../../../platform/index.ts';
import type { MerchantModel } from '../model/merchant-model.ts';
import { PROFILE_TTL_MS, ProfileCache } from './profile-cache.ts';
import type { ShopperProfile } from './shopper-profile.ts';

const model = {} as MerchantModel;
const profileOf = (n: number) => ({ recentItems: [n] }) as unknown as ShopperProfile;

/** A cache whose loads are counted, each load answering a new profile. */
function counted(versions?: SharedVersions) {
  const cache = new ProfileCache(versions);
  let loads = 0;
  const read = (merchantId: string, who: object, at: number, m: MerchantModel = model) =>
    cache.through(merchantId, who, m, at, async () => profileOf((loads += 1)));
  return { cache, read, loads: () => loads };
}

describe('profile cache', () => {
  it('reuses a profile for the same shopper, visit and model until it expires', async () => {
    const { read, loads } = counted();
    const who = { customerId: 'cus_1', sessionKey: 'visit_1' };
    const first = await read('mer_1', who, 1000);
    expect(await read('mer_1', who, 1000 + PROFILE_TTL_MS - 1)).toBe(first);
    expect(loads()).toBe(1);
    expect(await read('mer_1', who, 1000 + PROFILE_TTL_MS)).not.toBe(first);
    expect(await read('mer_1', who, 1001, {} as MerchantModel)).not.toBe(first);
    // Without consent the key names no customer: never the personalised entry.
    expect(await read('mer_1', { sessionKey: 'visit_1' }, 1001)).not.toBe(first);
    expect(await read('mer_1' + 'x', who, 1001)).not.toBe(first);
  });

  it("forgets what this shopper's or this visit's new events made stale, and nothing else", async () => {
    const { cache, read } = counted();
    const a = await read('mer_1', { customerId: 'cus_1', sessionKey: 'visit_1' }, 0);
    const b = await read('mer_1', { sessionKey: 'visit_2' }, 0);
    const c = await read('mer_1', { customerId: 'cus_2' }, 0);
    await cache.forget('mer_1', { customerId: 'cus_1' });
    expect(await read('mer_1', { customerId: 'cus_1', sessionKey: 'visit_1' }, 1)).not.toBe(a);
    expect(await read('mer_1', { sessionKey: 'visit_2' }, 1)).toBe(b);
    await cache.forget('mer_1', { sessionKey: 'visit_2' });
    expect(await read('mer_1', { sessionKey: 'visit_2' }, 1)).not.toBe(b);
    expect(await read('mer_1', { customerId: 'cus_2' }, 1)).toBe(c);
  });

  it('drops an entry when another process stores an event of its shopper (shared versions)', async () => {
    const shared = new InProcessVersions();
    const here = counted(shared);
    const there = new ProfileCache(shared);
    const who = { customerId: 'cus_1' };
    const first = await here.read('mer_1', who, 0);
    expect(await here.read('mer_1', who, 1)).toBe(first);
    await there.forget('mer_1', who);
    expect(await here.read('mer_1', who, 2)).not.toBe(first);
  });

  it('keeps nothing when the shared versions cannot be read', async () => {
    const broken: SharedVersions = {
      current: () => Promise.reject(new Error('down')),
      bump: () => Promise.reject(new Error('down')),
    };
    const { read, loads } = counted(broken);
    await read('mer_1', { customerId: 'cus_1' }, 0);
    await read('mer_1', { customerId: 'cus_1' }, 1);
    expect(loads()).toBe(2);
  });
});
