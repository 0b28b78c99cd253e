import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { systemCtx, unwrap } from '../../platform/index.ts';
import { jobs } from '../../platform/schema.ts';
import { changeProductStatus } from '../../modules/catalog/index.ts';
import type { OrderDetailView, OrderView } from '../../modules/orders/index.ts';
import { bearer, describeEachDatabase, json } from '../../testing/harness.ts';
import {
  addToCart,
  checkout,
  FIRST_KILO_FEE,
  newKey,
  newShopper,
  openShop,
  stockedSku,
  stockOf,
  type Shop,
} from '../test-shop.ts';

describeEachDatabase('placeOrder workflow', (h) => {
  let shop: Shop;
  beforeAll(async () => {
    shop = await openShop(h());
  });

  const cartOf = async (token: string) =>
    json<{ lines: { skuId: string; quantity: number }[] }>(
      await h().app.inject({ method: 'GET', url: '/api/store/cart', headers: bearer(token) }),
    );

  it('places an order from the cart: re-priced, shipping quoted, stock held, auto-cancel scheduled, cart emptied', async () => {
    const shopper = await newShopper(h(), shop);
    const tea = await stockedSku(h(), shop, 2500, 10);
    const cup = await stockedSku(h(), shop, 990, 10);
    await addToCart(h(), shopper, tea.skuId, 2);
    await addToCart(h(), shopper, cup.skuId, 1);

    const before = Date.now();
    const res = await checkout(h(), shopper, newKey(), { note: 'ring twice' });
    expect(res.statusCode, res.body).toBe(201);
    const order = json<OrderDetailView>(res);
    expect(order).toMatchObject({
      status: 'pending_payment',
      customerId: shopper.customerId,
      currency: 'CNY',
      subtotal: 2 * 2500 + 990,
      shippingFee: FIRST_KILO_FEE, // 900 g: within the first kilo
      total: 2 * 2500 + 990 + FIRST_KILO_FEE,
      note: 'ring twice',
      address: { city: 'Hangzhou', recipient: 'Li Lei' },
    });
    expect(order.items.map((i) => [i.skuId, i.quantity, i.unitPrice, i.lineTotal]).sort()).toEqual(
      [
        [tea.skuId, 2, 2500, 5000],
        [cup.skuId, 1, 990, 990],
      ].sort(),
    );
    const deadline = new Date(order.paymentDeadline).getTime();
    expect(deadline - before).toBeGreaterThanOrEqual(30 * 60_000 - 1000);

    expect(await stockOf(h(), shop, tea.skuId)).toMatchObject({ onHand: 10, reserved: 2 });
    expect(await stockOf(h(), shop, cup.skuId)).toMatchObject({ onHand: 10, reserved: 1 });
    expect((await cartOf(shopper.token)).lines).toEqual([]);
    const scheduled = await h()
      .database.db.select()
      .from(jobs)
      .where(and(eq(jobs.type, 'order.auto_cancel'), sql`${jobs.payload}->>'orderId' = ${order.id}`));
    expect(scheduled).toHaveLength(1);
    expect(scheduled[0]!.runAt.getTime()).toBe(deadline);

    const detail = await h().app.inject({
      method: 'GET',
      url: `/api/store/orders/${order.id}`,
      headers: bearer(shopper.token),
    });
    expect(json<OrderDetailView>(detail).transitions).toMatchObject([
      { from: null, to: 'pending_payment', actorKind: 'shopper' },
    ]);
  });

  it('needs an Idempotency-Key and a signed-in shopper', async () => {
    const shopper = await newShopper(h(), shop);
    const sku = await stockedSku(h(), shop, 100, 5);
    await addToCart(h(), shopper, sku.skuId, 1);
    expect(json(await checkout(h(), shopper, null))).toMatchObject({
      status: 400,
      code: 'IDEMPOTENCY_KEY_REQUIRED',
    });
    const guest = await h().app.inject({
      method: 'POST',
      url: '/api/store/checkout',
      headers: { 'x-hexamall-merchant': shop.handle, 'idempotency-key': newKey() },
      payload: { addressId: shopper.addressId },
    });
    expect(json(guest)).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    expect(await stockOf(h(), shop, sku.skuId)).toMatchObject({ reserved: 0 });
  });

  it('gives one order for the same Idempotency-Key, and refuses the key for another request', async () => {
    const shopper = await newShopper(h(), shop);
    const sku = await stockedSku(h(), shop, 1000, 10);
    await addToCart(h(), shopper, sku.skuId, 3);
    const key = newKey('same');
    const first = await checkout(h(), shopper, key);
    const second = await checkout(h(), shopper, key);
    expect(first.statusCode, first.body).toBe(201);
    expect(second.statusCode).toBe(201);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(json<OrderView>(second).id).toBe(json<OrderView>(first).id);
    const mine = json<{ items: OrderView[] }>(
      await h().app.inject({ method: 'GET', url: '/api/store/orders', headers: bearer(shopper.token) }),
    );
    expect(mine.items.map((o) => o.id)).toEqual([json<OrderView>(first).id]);
    expect(await stockOf(h(), shop, sku.skuId)).toMatchObject({ reserved: 3 });
    const reused = await checkout(h(), shopper, key, { note: 'a different request' });
    expect(json(reused)).toMatchObject({ status: 422, code: 'IDEMPOTENCY_KEY_REUSED' });
  });

  it('refuses carts with lines no longer on sale, naming them, and changes nothing', async () => {
    const shopper = await newShopper(h(), shop);
    const kept = await stockedSku(h(), shop, 500, 10);
    const gone = await stockedSku(h(), shop, 700, 10);
    await addToCart(h(), shopper, kept.skuId, 1);
    await addToCart(h(), shopper, gone.skuId, 1);
    unwrap(
      await changeProductStatus(
        systemCtx(h().database.db, shop.merchantId, 'test', h().privacy),
        gone.productId,
        'archived',
      ),
    );
    const res = await checkout(h(), shopper);
    expect(json(res)).toMatchObject({ status: 409, code: 'PRODUCT_NOT_PURCHASABLE', skuIds: [gone.skuId] });
    expect((await cartOf(shopper.token)).lines).toHaveLength(2);
    expect(await stockOf(h(), shop, kept.skuId)).toMatchObject({ reserved: 0 });
  });

  it('refuses an empty cart, another shopper’s address, and more than the stock', async () => {
    const shopper = await newShopper(h(), shop);
    expect(json(await checkout(h(), shopper))).toMatchObject({ status: 409, code: 'CART_EMPTY' });

    const other = await newShopper(h(), shop);
    const sku = await stockedSku(h(), shop, 300, 2);
    await addToCart(h(), shopper, sku.skuId, 3);
    const foreign = await checkout(h(), shopper, newKey(), { addressId: other.addressId });
    expect(json(foreign)).toMatchObject({ status: 404, code: 'ADDRESS_NOT_FOUND' });

    const short = await checkout(h(), shopper);
    expect(json(short)).toMatchObject({ status: 409, code: 'OUT_OF_STOCK' });
    expect(await stockOf(h(), shop, sku.skuId)).toMatchObject({ onHand: 2, reserved: 0 });
    expect((await cartOf(shopper.token)).lines).toMatchObject([{ skuId: sku.skuId, quantity: 3 }]);
    const listed = json<{ items: unknown[] }>(
      await h().app.inject({ method: 'GET', url: '/api/store/orders', headers: bearer(shopper.token) }),
    );
    expect(listed.items).toEqual([]);
  });

  it('buys now: orders the given lines, merged, and leaves the cart untouched', async () => {
    const shopper = await newShopper(h(), shop);
    const tea = await stockedSku(h(), shop, 2500, 10);
    const cup = await stockedSku(h(), shop, 990, 10);
    await addToCart(h(), shopper, cup.skuId, 3);
    const res = await checkout(h(), shopper, newKey(), {
      items: [
        { skuId: tea.skuId, quantity: 1 },
        { skuId: tea.skuId, quantity: 1 },
      ],
    });
    expect(res.statusCode, res.body).toBe(201);
    const order = json<OrderDetailView>(res);
    expect(order.items.map((i) => [i.skuId, i.quantity])).toEqual([[tea.skuId, 2]]);
    expect(order.subtotal).toBe(5000);
    expect((await stockOf(h(), shop, tea.skuId)).reserved).toBe(2);
    expect((await cartOf(shopper.token)).lines.map((l) => [l.skuId, l.quantity])).toEqual([[cup.skuId, 3]]);
  });
});
