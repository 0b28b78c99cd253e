import { beforeAll, expect, it } from 'vitest';
import type { OrderDetailView } from '../../modules/orders/index.ts';
import { bearer, describeEachDatabase, json } from '../../testing/harness.ts';
import { claim, couponState, createCoupon } from '../place-order/coupon-test-support.ts';
import {
  checkout,
  newKey,
  newShopper,
  openShop,
  payThroughSandbox,
  settleBackground,
  stockedSku,
  type Shop,
  type Shopper,
} from '../test-shop.ts';

describeEachDatabase('refunds and coupons', (h) => {
  let shop: Shop;
  beforeAll(async () => {
    shop = await openShop(h());
  });

  const refund = (orderId: string, body: object) =>
    h().app.inject({
      method: 'POST',
      url: `/api/admin/orders/${orderId}/refund`,
      headers: { ...bearer(shop.ownerToken), 'idempotency-key': newKey('refund') },
      payload: body,
    });
  const paidWithCoupon = async (shopper: Shopper, coupon: object) => {
    const sku = await stockedSku(h(), shop, 5_000, 10);
    const placed = await checkout(h(), shopper, newKey(), {
      items: [{ skuId: sku.skuId, quantity: 1 }],
      coupon,
    });
    expect(placed.statusCode, placed.body).toBe(201);
    const order = json<OrderDetailView>(placed);
    expect(order.discount).toBe(1000);
    await payThroughSandbox(h(), shopper, order.id);
    return order;
  };
  const wallet = async (shopper: Shopper) =>
    json<{ items: { id: string }[] }>(
      await h().app.inject({ method: 'GET', url: '/api/store/coupons/mine', headers: bearer(shopper.token) }),
    ).items;

  it('a partial refund keeps the coupon used; refunding the rest gives it back, once', async () => {
    const coupon = await createCoupon(h(), shop, { totalQuantity: 3, perShopperLimit: 1 });
    const shopper = await newShopper(h(), shop);
    const order = await paidWithCoupon(shopper, { code: coupon.code });
    expect(await couponState(h(), shop, coupon.id)).toMatchObject({ remainingQuantity: 2, redeemedCount: 1 });

    const part = await refund(order.id, { amount: 1000, reason: 'one item was scratched' });
    expect(part.statusCode, part.body).toBe(201);
    await settleBackground(h());
    expect(await couponState(h(), shop, coupon.id)).toMatchObject({ remainingQuantity: 2, redeemedCount: 1 });

    const rest = await refund(order.id, { reason: 'the shopper sent everything back' });
    expect(rest.statusCode, rest.body).toBe(201);
    await settleBackground(h());
    await settleBackground(h());
    expect(await couponState(h(), shop, coupon.id)).toMatchObject({ remainingQuantity: 3, redeemedCount: 0 });
    // The shopper's one use is back: the same code works again.
    await paidWithCoupon(shopper, { code: coupon.code });
  });

  it('puts a wallet coupon back in the wallet after a full refund', async () => {
    const template = await createCoupon(h(), shop, { distribution: 'claim', code: undefined });
    const shopper = await newShopper(h(), shop);
    const claimed = await claim(h(), shopper, template.id);
    expect(claimed.statusCode, claimed.body).toBe(201);
    const [owned] = await wallet(shopper);
    const order = await paidWithCoupon(shopper, { couponId: owned!.id });
    // Used: it left the list of usable coupons.
    expect((await wallet(shopper)).map((c) => c.id)).not.toContain(owned!.id);
    const full = await refund(order.id, { reason: 'out of stock at the warehouse' });
    expect(full.statusCode, full.body).toBe(201);
    await settleBackground(h());
    await settleBackground(h());
    expect((await wallet(shopper)).map((c) => c.id)).toContain(owned!.id);
  });
});
