import { expect, it } from 'vitest';
import { systemCtx } from '../../platform/index.ts';
import { gatherPersonalData } from '../privacy/index.ts';
import { createMerchant, signUpShopper } from '../../testing/fixtures.ts';
import { describeEachDatabase } from '../../testing/harness.ts';
import { socialSignals, socialSignalsReader } from './index.ts';
import { adminApi, json, productOf, storeApi } from './social-test-support.ts';

describeEachDatabase('social personal data', (h) => {
  const api = storeApi(h);

  it('exports favourites and follows, and erasure removes every social row of the person', async () => {
    const shop = await createMerchant(h());
    const leaving = await signUpShopper(h(), shop.handle);
    const friend = await signUpShopper(h(), shop.handle);
    const p = await productOf(h(), shop.merchantId);
    expect((await api('PUT', `/favourites/${p}`, leaving.token, { visibility: 'public' })).statusCode).toBe(
      200,
    );
    expect((await api('PUT', `/follows/${friend.customerId}`, leaving.token)).statusCode).toBe(200);
    expect((await api('PUT', `/follows/${leaving.customerId}`, friend.token)).statusCode).toBe(200);
    const marked = await adminApi(h)('PUT', `/creators/${leaving.customerId}`, shop.ownerToken, {
      displayName: 'Leaving Lu',
    });
    expect(marked.statusCode).toBe(200);
    const ctx = systemCtx(h().database.db, shop.merchantId, 'test', h().privacy);
    expect((await socialSignals(ctx, friend.customerId, { limit: 5 })).map((s) => s.productId)).toEqual([p]);
    const cached = socialSignalsReader(h().app.runtime);
    expect((await cached(ctx, friend.customerId, { limit: 5 })).map((s) => s.productId)).toEqual([p]);

    const subject = { merchantId: shop.merchantId, customerId: leaving.customerId };
    const before = await gatherPersonalData(ctx, h().app.runtime.personalData, subject);
    expect(before).toMatchObject({
      social: {
        favourites: [{ productId: p, visibility: 'public' }],
        following: [{ customerId: friend.customerId }],
        followerCount: 1,
        settings: { creator: { displayName: 'Leaving Lu' } },
      },
    });

    const erasure = json<{ id: string }>(
      await api('POST', '/privacy/requests', leaving.token, { kind: 'erasure' }),
    );
    expect(erasure.id).toMatch(/^prq_/);
    await h().app.runtime.jobs.runDue();

    expect(await gatherPersonalData(ctx, h().app.runtime.personalData, subject)).not.toHaveProperty('social');
    expect(await socialSignals(ctx, friend.customerId, { limit: 5 })).toEqual([]);
    // The cached copy goes as soon as the erasure commits.
    expect(await cached(ctx, friend.customerId, { limit: 5 })).toEqual([]);
    expect(json(await api('GET', '/follows', friend.token))).toEqual({ items: [] });
    expect((await api('GET', `/creators/${leaving.customerId}`, friend.token)).statusCode).toBe(404);
  });
});
