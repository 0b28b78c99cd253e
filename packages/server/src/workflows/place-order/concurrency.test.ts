import { beforeAll, expect, it } from 'vitest';
import { bearer, describeEachDatabase, json } from '../../testing/harness.ts';
import {
  addToCart,
  checkout,
  newShopper,
  openShop,
  stockedSku,
  stockOf,
  type Shop,
  type Shopper,
} from '../test-shop.ts';

const SHOPPERS = 200;
const UNITS = 50;

describeEachDatabase('placeOrder under contention', (h) => {
  let shop: Shop;
  let skuId: string;
  const shoppers: Shopper[] = [];

  beforeAll(async () => {
    shop = await openShop(h());
    skuId = (await stockedSku(h(), shop, 1999, UNITS)).skuId;
    // Set-up runs a few at a time: sign-up hashes a password, which is deliberately slow.
    for (let i = 0; i < SHOPPERS; i += 10) {
      const batch = await Promise.all(Array.from({ length: 10 }, () => newShopper(h(), shop)));
      await Promise.all(batch.map((s) => addToCart(h(), s, skuId, 1)));
      shoppers.push(...batch);
    }
  }, 300_000);

  it(`sells exactly ${UNITS} units to ${SHOPPERS} shoppers checking out at once`, async () => {
    const answers = await Promise.all(shoppers.map((s) => checkout(h(), s)));
    const byStatus = new Map<number, number>();
    for (const res of answers) byStatus.set(res.statusCode, (byStatus.get(res.statusCode) ?? 0) + 1);
    expect(Object.fromEntries(byStatus)).toEqual({ 201: UNITS, 409: SHOPPERS - UNITS });
    for (const res of answers.filter((r) => r.statusCode === 409)) {
      expect(json(res)).toMatchObject({ code: 'OUT_OF_STOCK' });
    }
    expect(await stockOf(h(), shop, skuId)).toMatchObject({ onHand: UNITS, reserved: UNITS, available: 0 });

    const listed = await h().app.inject({
      method: 'GET',
      url: '/api/admin/orders?limit=100&status=pending_payment',
      headers: bearer(shop.ownerToken),
    });
    expect(json<{ items: unknown[]; nextCursor: string | null }>(listed)).toMatchObject({ nextCursor: null });
    expect(json<{ items: unknown[] }>(listed).items).toHaveLength(UNITS);
  });
});
