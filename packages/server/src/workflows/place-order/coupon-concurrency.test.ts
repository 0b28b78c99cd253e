import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase, json } from '../../testing/harness.ts';
import {
  addToCart,
  checkout,
  newKey,
  newShopper,
  openShop,
  stockedSku,
  stockOf,
  type Shop,
  type Shopper,
} from '../test-shop.ts';
import { couponState, createCoupon, type CouponTemplate } from './coupon-test-support.ts';

const SHOPPERS = 40;
const COUPONS = 12;

describeEachDatabase('coupon redemption under contention', (h) => {
  let shop: Shop;
  let skuId: string;
  let coupon: CouponTemplate;
  const shoppers: Shopper[] = [];

  beforeAll(async () => {
    shop = await openShop(h());
    skuId = (await stockedSku(h(), shop, 5_000, SHOPPERS)).skuId;
    coupon = await createCoupon(h(), shop, { totalQuantity: COUPONS });
    for (let i = 0; i < SHOPPERS; i += 10) {
      const batch = await Promise.all(Array.from({ length: 10 }, () => newShopper(h(), shop)));
      await Promise.all(batch.map((s) => addToCart(h(), s, skuId, 1)));
      shoppers.push(...batch);
    }
  }, 300_000);

  it(`redeems exactly ${COUPONS} of ${COUPONS} coupons for ${SHOPPERS} shoppers checking out at once`, async () => {
    const answers = await Promise.all(
      shoppers.map((s) => checkout(h(), s, newKey(), { coupon: { code: coupon.code } })),
    );
    const byStatus = new Map<number, number>();
    for (const res of answers) byStatus.set(res.statusCode, (byStatus.get(res.statusCode) ?? 0) + 1);
    expect(Object.fromEntries(byStatus)).toEqual({ 201: COUPONS, 409: SHOPPERS - COUPONS });
    for (const res of answers.filter((r) => r.statusCode === 409)) {
      expect(json(res)).toMatchObject({ code: 'COUPON_EXHAUSTED' });
    }
    for (const res of answers.filter((r) => r.statusCode === 201)) {
      expect(json(res)).toMatchObject({ discount: 1_000 });
    }
    expect(await couponState(h(), shop, coupon.id)).toMatchObject({
      remainingQuantity: 0,
      redeemedCount: COUPONS,
    });
    // The refused checkouts held no stock.
    expect(await stockOf(h(), shop, skuId)).toMatchObject({ reserved: COUPONS });
  });
});
