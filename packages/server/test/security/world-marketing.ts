import { expect } from 'vitest';
import { bearer, json, type Harness } from '../../src/testing/harness.ts';

const nothing = (prefix: string) => `${prefix}_${'0'.repeat(26)}`;

/**
 * The world's marketing objects, through the APIs: a claimable coupon (made by the owner, so the claim
 * routes have something real to refuse to other owners) and the shopper's review of an item of their
 * delivered order; the shopper also claims the coupon into their wallet. Made-up ids where the app has no such routes.
 */
export async function marketingResources(
  h: Harness,
  ownerToken: string,
  shopperToken: string,
  deliveredOrderId: string,
): Promise<{ coupon: string; claimedCoupon: string; review: string; reviewedItem: string }> {
  const send = async (token: string, method: 'GET' | 'POST', url: string, payload?: object) => {
    const res = await h.app.inject({ method, url, headers: bearer(token), ...(payload ? { payload } : {}) });
    expect([200, 201], `${method} ${url}: ${res.body}`).toContain(res.statusCode);
    return json<Record<string, unknown>>(res);
  };
  const day = 86_400_000;
  const coupon = h.app.hasRoute({ method: 'POST', url: '/api/admin/coupons' })
    ? String(
        (
          await send(ownerToken, 'POST', '/api/admin/coupons', {
            name: 'Security suite coupon',
            kind: 'fixed',
            amountOff: 100,
            currency: 'CNY',
            startsAt: new Date(Date.now() - day).toISOString(),
            endsAt: new Date(Date.now() + 30 * day).toISOString(),
            totalQuantity: 100_000,
            perShopperLimit: 100,
            scope: 'all',
            distribution: 'claim',
          })
        ).id,
      )
    : nothing('cpt');
  const claimedCoupon = coupon.startsWith('cpt_0000')
    ? nothing('ccp')
    : String((await send(shopperToken, 'POST', `/api/store/coupons/${coupon}/claim`)).id);
  const order = await send(shopperToken, 'GET', `/api/store/orders/${deliveredOrderId}`);
  const reviewedItem = String((order.items as { id: string }[])[0]!.id);
  const review = h.app.hasRoute({ method: 'POST', url: '/api/store/reviews' })
    ? String(
        (
          await send(shopperToken, 'POST', '/api/store/reviews', {
            orderId: deliveredOrderId,
            orderItemId: reviewedItem,
            rating: 5,
            body: 'Security suite review',
          })
        ).id,
      )
    : nothing('rev');
  return { coupon, claimedCoupon, review, reviewedItem };
}
