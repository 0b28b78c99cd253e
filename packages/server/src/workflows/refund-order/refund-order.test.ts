import { beforeAll, expect, it } from 'vitest';
import { systemCtx } from '../../platform/index.ts';
import type { OrderDetailView } from '../../modules/orders/index.ts';
import { listPaymentsForOrder } from '../../modules/payments/index.ts';
import { staffToken } from '../../testing/fixtures.ts';
import { bearer, describeEachDatabase, json } from '../../testing/harness.ts';
import {
  newKey,
  newShopper,
  openShop,
  payThroughSandbox,
  placeOrder,
  readOrder,
  stockedSku,
  stockOf,
  type Shop,
  type Shopper,
} from '../test-shop.ts';

interface RefundDone {
  refundId: string;
  amount: number;
  fullyRefunded: boolean;
  order: OrderDetailView;
}

describeEachDatabase('refunds', (h) => {
  let shop: Shop;
  beforeAll(async () => {
    shop = await openShop(h());
  });

  const refund = (
    orderId: string,
    body: object,
    key: string | null = newKey('refund'),
    token = shop.ownerToken,
  ) =>
    h().app.inject({
      method: 'POST',
      url: `/api/admin/orders/${orderId}/refund`,
      headers: { ...bearer(token), ...(key === null ? {} : { 'idempotency-key': key }) },
      payload: body,
    });
  const paymentOf = async (orderId: string) =>
    (
      await listPaymentsForOrder(systemCtx(h().database.db, shop.merchantId, 'test', h().privacy), orderId)
    )[0]!;
  const paidOrder = async (shopper: Shopper, price: number, quantity: number, stock = 5) => {
    const sku = await stockedSku(h(), shop, price, stock);
    const order = await placeOrder(h(), shopper, sku.skuId, quantity);
    await payThroughSandbox(h(), shopper, order.id);
    return { order, skuId: sku.skuId };
  };

  it('refunds part, then the rest: the full refund returns the stock and closes the order', async () => {
    const shopper = await newShopper(h(), shop);
    const { order, skuId } = await paidOrder(shopper, 3000, 2);
    expect(await stockOf(h(), shop, skuId)).toMatchObject({ onHand: 3, reserved: 0 });

    const part = await refund(order.id, { amount: 1000, reason: 'scratched box' });
    expect(part.statusCode, part.body).toBe(201);
    expect(json<RefundDone>(part)).toMatchObject({
      amount: 1000,
      fullyRefunded: false,
      order: { status: 'paid', refundedAmount: 1000 },
    });
    expect(await stockOf(h(), shop, skuId)).toMatchObject({ onHand: 3 });
    expect(await paymentOf(order.id)).toMatchObject({ status: 'partially_refunded', refundedAmount: 1000 });

    const rest = await refund(order.id, { reason: 'returned' });
    expect(rest.statusCode, rest.body).toBe(201);
    const done = json<RefundDone>(rest);
    expect(done).toMatchObject({ amount: order.total - 1000, fullyRefunded: true });
    expect(done.order).toMatchObject({ status: 'refunded', refundedAmount: order.total });
    expect(await stockOf(h(), shop, skuId)).toMatchObject({ onHand: 5, reserved: 0 });
    expect(await paymentOf(order.id)).toMatchObject({ status: 'refunded', refundedAmount: order.total });

    const more = await refund(order.id, { amount: 1, reason: 'again' });
    expect(json(more)).toMatchObject({ status: 409, code: 'ORDER_TRANSITION_INVALID' });
  });

  it('refuses too much, unpaid orders, missing keys and staff without payments:refund; a key refunds once', async () => {
    const shopper = await newShopper(h(), shop);
    const { order } = await paidOrder(shopper, 2000, 1);
    const tooMuch = await refund(order.id, { amount: order.total + 1, reason: 'x' });
    expect(json(tooMuch)).toMatchObject({ status: 422, code: 'ORDER_REFUND_EXCEEDS_PAID' });
    expect(json(await refund(order.id, { amount: 100, reason: 'x' }, null))).toMatchObject({
      code: 'IDEMPOTENCY_KEY_REQUIRED',
    });
    const operator = await staffToken(h(), shop.merchantId, 'operator');
    expect(json(await refund(order.id, { amount: 100, reason: 'x' }, newKey(), operator))).toMatchObject({
      status: 403,
      code: 'FORBIDDEN',
    });

    const key = newKey('once');
    const first = await refund(order.id, { amount: 500, reason: 'late delivery' }, key);
    const second = await refund(order.id, { amount: 500, reason: 'late delivery' }, key);
    expect(first.statusCode, first.body).toBe(201);
    expect(json<RefundDone>(second).refundId).toBe(json<RefundDone>(first).refundId);
    expect(await readOrder(h(), shopper.token, order.id)).toMatchObject({
      refundedAmount: 500,
      status: 'paid',
    });
    expect(await paymentOf(order.id)).toMatchObject({ refundedAmount: 500 });

    const unpaid = await placeOrder(h(), shopper, (await stockedSku(h(), shop, 100, 1)).skuId, 1);
    expect(json(await refund(unpaid.id, { reason: 'x' }))).toMatchObject({
      code: 'ORDER_TRANSITION_INVALID',
    });
    expect(await readOrder(h(), shopper.token, unpaid.id)).toMatchObject({
      status: 'pending_payment',
      refundedAmount: 0,
    });
  });

  it('takes a refund request from the shopper; a rejection restores the order, a refund closes it', async () => {
    const shopper = await newShopper(h(), shop);
    const { order, skuId } = await paidOrder(shopper, 5000, 1);
    const shipped = await h().app.inject({
      method: 'POST',
      url: `/api/admin/orders/${order.id}/ship`,
      headers: bearer(shop.ownerToken),
      payload: { carrier: 'YTO', trackingNumber: 'YT99887766' },
    });
    expect(shipped.statusCode, shipped.body).toBe(200);
    const ask = (reason: string) =>
      h().app.inject({
        method: 'POST',
        url: `/api/store/orders/${order.id}/refund-request`,
        headers: bearer(shopper.token),
        payload: { reason },
      });

    const asked = await ask('arrived broken');
    expect(asked.statusCode, asked.body).toBe(200);
    expect(json(asked)).toMatchObject({ status: 'refund_requested' });
    expect(json(await ask('again'))).toMatchObject({ status: 409, code: 'ORDER_TRANSITION_INVALID' });

    const rejected = await h().app.inject({
      method: 'POST',
      url: `/api/admin/orders/${order.id}/refund-request/reject`,
      headers: bearer(shop.ownerToken),
      payload: { reason: 'photo shows no damage' },
    });
    expect(rejected.statusCode, rejected.body).toBe(200);
    expect(json(rejected)).toMatchObject({ status: 'shipped' });

    expect((await ask('it really is broken')).statusCode).toBe(200);
    const refunded = await refund(order.id, { reason: 'broken in transit' });
    expect(refunded.statusCode, refunded.body).toBe(201);
    const final = await readOrder(h(), shopper.token, order.id);
    expect(final.status).toBe('refunded');
    expect(final.transitions.map((t) => `${t.from}->${t.to}`)).toEqual([
      'null->pending_payment',
      'pending_payment->paid',
      'paid->shipped',
      'shipped->refund_requested',
      'refund_requested->shipped',
      'shipped->refund_requested',
      'refund_requested->refunded',
    ]);
    expect(await stockOf(h(), shop, skuId)).toMatchObject({ onHand: 5 });
  });

  it('records the merchant’s own request when fully refunding goods already shipped', async () => {
    const shopper = await newShopper(h(), shop);
    const { order } = await paidOrder(shopper, 1800, 1);
    await h().app.inject({
      method: 'POST',
      url: `/api/admin/orders/${order.id}/ship`,
      headers: bearer(shop.ownerToken),
      payload: { carrier: 'SF', trackingNumber: 'SF55554444' },
    });
    const service = await staffToken(h(), shop.merchantId, 'customer_service');
    const res = await refund(order.id, { reason: 'lost by the carrier' }, newKey(), service);
    expect(res.statusCode, res.body).toBe(201);
    const final = await readOrder(h(), shop.ownerToken, order.id, 'admin');
    expect(final.transitions.slice(-2)).toMatchObject([
      { from: 'shipped', to: 'refund_requested', actorKind: 'staff', reason: 'lost by the carrier' },
      { from: 'refund_requested', to: 'refunded', actorKind: 'staff' },
    ]);
    expect(
      json(
        await h().app.inject({
          method: 'POST',
          url: `/api/store/orders/${order.id}/refund-request`,
          headers: bearer(shopper.token),
          payload: { reason: 'x' },
        }),
      ),
    ).toMatchObject({ code: 'ORDER_TRANSITION_INVALID' });
  });
});
