import { beforeAll, expect, it } from 'vitest';
import { systemCtx, type Ctx } from '../platform/index.ts';
import { listPaymentsForOrder } from '../modules/payments/index.ts';
import { AUTO_COMPLETE_AFTER_MS, type OrderDetailView } from '../modules/orders/index.ts';
import { staffToken } from '../testing/fixtures.ts';
import { markOrderPaid } from './mark-order-paid/index.ts';
import { loadPayableOrderStep } from './pay-order/steps/load-payable-order.ts';
import { bearer, describeEachDatabase, json, type Harness } from '../testing/harness.ts';
import {
  newKey,
  newShopper,
  openShop,
  payThroughSandbox,
  placeOrder,
  readOrder,
  settleBackground,
  stockedSku,
  stockOf,
  type Shop,
} from './test-shop.ts';

/** The carrier reports the order's parcel delivered; shipping's event then reaches the order. */
async function markDelivered(h: Harness, token: string, orderId: string) {
  const listed = await h.app.inject({
    method: 'GET',
    url: `/api/admin/shipments?orderId=${orderId}`,
    headers: bearer(token),
  });
  const [shipment] = json<{ items: { id: string }[] }>(listed).items;
  const scan = await h.app.inject({
    method: 'POST',
    url: `/api/admin/shipments/${shipment!.id}/events`,
    headers: bearer(token),
    payload: { occurredAt: new Date().toISOString(), status: 'delivered', description: 'Signed for' },
  });
  expect(scan.statusCode, scan.body).toBe(200);
  await settleBackground(h);
}

describeEachDatabase('order lifecycle', (h) => {
  let shop: Shop;
  beforeAll(async () => {
    shop = await openShop(h());
  });

  const ship = (token: string, orderId: string, trackingNumber = `SF${Date.now()}`) =>
    h().app.inject({
      method: 'POST',
      url: `/api/admin/orders/${orderId}/ship`,
      headers: bearer(token),
      payload: { carrier: 'SF', trackingNumber },
    });

  it('goes checkout -> pay through the sandbox gateway -> paid -> shipped -> delivered -> completed', async () => {
    const shopper = await newShopper(h(), shop);
    const sku = await stockedSku(h(), shop, 4200, 5);
    const order = await placeOrder(h(), shopper, sku.skuId, 2);

    const payment = await payThroughSandbox(h(), shopper, order.id);
    const paid = await readOrder(h(), shopper.token, order.id);
    expect(paid).toMatchObject({ status: 'paid', paymentId: payment.id });
    expect(paid.paidAt).not.toBeNull();
    expect(await stockOf(h(), shop, sku.skuId)).toMatchObject({ onHand: 3, reserved: 0 });

    // A redelivered payment.succeeded changes nothing (delivery is at least once).
    const ctx = systemCtx(h().database.db, shop.merchantId, 'test', h().privacy);
    const event = {
      paymentId: payment.id,
      orderId: order.id,
      amount: order.total,
      currency: 'CNY',
      method: 'wechat_qr' as const,
    };
    await h().database.db.transaction((db) => markOrderPaid({ ...ctx, db, inTransaction: true }, event));
    expect((await readOrder(h(), shopper.token, order.id)).transitions).toHaveLength(paid.transitions.length);
    expect(await stockOf(h(), shop, sku.skuId)).toMatchObject({ onHand: 3, reserved: 0 });
    const [recorded] = await listPaymentsForOrder(ctx, order.id);
    expect(recorded).toMatchObject({
      id: payment.id,
      status: 'succeeded',
      amount: order.total,
      refundedAmount: 0,
    });

    const operator = await staffToken(h(), shop.merchantId, 'operator');
    const shipped = await ship(operator, order.id, 'SF1234567890');
    expect(shipped.statusCode, shipped.body).toBe(200);
    expect(json(shipped)).toMatchObject({ status: 'shipped' });
    await markDelivered(h(), operator, order.id);
    expect(await readOrder(h(), shopper.token, order.id)).toMatchObject({ status: 'delivered' });

    const confirmed = await h().app.inject({
      method: 'POST',
      url: `/api/store/orders/${order.id}/confirm-receipt`,
      headers: bearer(shopper.token),
    });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    const done = json<OrderDetailView>(confirmed);
    expect(done.status).toBe('completed');
    expect(done.transitions.map((t) => [t.from, t.to, t.actorKind])).toEqual([
      [null, 'pending_payment', 'shopper'],
      ['pending_payment', 'paid', 'system'],
      ['paid', 'shipped', 'staff'],
      ['shipped', 'delivered', 'system'],
      ['delivered', 'completed', 'shopper'],
    ]);
  });

  it('refuses to ship an unpaid order, and to ship without shipping:write', async () => {
    const shopper = await newShopper(h(), shop);
    const sku = await stockedSku(h(), shop, 1000, 5);
    const order = await placeOrder(h(), shopper, sku.skuId, 1);
    expect(json(await ship(shop.ownerToken, order.id))).toMatchObject({
      status: 409,
      code: 'ORDER_TRANSITION_INVALID',
    });
    const analyst = await staffToken(h(), shop.merchantId, 'analyst');
    expect(json(await ship(analyst, order.id))).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    expect(await readOrder(h(), shopper.token, order.id)).toMatchObject({ status: 'pending_payment' });
  });

  it('lets the shopper cancel an unpaid order, releasing its stock, but not a paid one', async () => {
    const shopper = await newShopper(h(), shop);
    const sku = await stockedSku(h(), shop, 1500, 4);
    const order = await placeOrder(h(), shopper, sku.skuId, 3);
    expect(await stockOf(h(), shop, sku.skuId)).toMatchObject({ reserved: 3 });
    const cancel = (orderId: string) =>
      h().app.inject({
        method: 'POST',
        url: `/api/store/orders/${orderId}/cancel`,
        headers: bearer(shopper.token),
      });
    const cancelled = await cancel(order.id);
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect(json(cancelled)).toMatchObject({ status: 'cancelled', cancelReason: 'cancelled by the shopper' });
    expect(await stockOf(h(), shop, sku.skuId)).toMatchObject({ onHand: 4, reserved: 0 });
    expect(json(await cancel(order.id))).toMatchObject({ status: 409, code: 'ORDER_TRANSITION_INVALID' });

    const paidOrder = await placeOrder(h(), shopper, sku.skuId, 1);
    await payThroughSandbox(h(), shopper, paidOrder.id);
    expect(json(await cancel(paidOrder.id))).toMatchObject({ status: 409, code: 'ORDER_TRANSITION_INVALID' });
    expect(await readOrder(h(), shopper.token, paidOrder.id)).toMatchObject({ status: 'paid' });
  });

  it("never shows, cancels or pays another shopper's order (404)", async () => {
    const owner = await newShopper(h(), shop);
    const stranger = await newShopper(h(), shop);
    const sku = await stockedSku(h(), shop, 800, 5);
    const order = await placeOrder(h(), owner, sku.skuId, 1);
    const as = (method: 'GET' | 'POST', url: string, extra: object = {}) =>
      h().app.inject({
        method,
        url,
        headers: { ...bearer(stranger.token), 'idempotency-key': newKey() },
        ...extra,
      });
    expect(json(await as('GET', `/api/store/orders/${order.id}`))).toMatchObject({
      status: 404,
      code: 'ORDER_NOT_FOUND',
    });
    expect(json(await as('POST', `/api/store/orders/${order.id}/cancel`))).toMatchObject({ status: 404 });
    const pay = await as('POST', `/api/store/orders/${order.id}/payments`, { payload: { method: 'card' } });
    expect(json(pay)).toMatchObject({ status: 404, code: 'ORDER_NOT_FOUND' });
    const refund = await as('POST', `/api/store/orders/${order.id}/refund-request`, {
      payload: { reason: 'mine now' },
    });
    expect(json(refund)).toMatchObject({ status: 404 });
    const list = json<{ items: unknown[] }>(await as('GET', '/api/store/orders'));
    expect(list.items).toEqual([]);
    expect(await readOrder(h(), owner.token, order.id)).toMatchObject({ status: 'pending_payment' });

    // Another merchant's staff cannot see it either.
    const rival = await openShop(h());
    const peek = await h().app.inject({
      method: 'GET',
      url: `/api/admin/orders/${order.id}`,
      headers: bearer(rival.ownerToken),
    });
    expect(peek.statusCode).toBe(404);
  });
});

// Tests that move the job clock forward share one app, so they run in their own suite: a later
// order's payment deadline would otherwise already lie in the clock's past.
describeEachDatabase('order lifecycle: timers', (h) => {
  let shop: Shop;
  beforeAll(async () => {
    shop = await openShop(h());
  });

  it('completes a delivered order by itself when nobody confirms receipt', async () => {
    const shopper = await newShopper(h(), shop);
    const sku = await stockedSku(h(), shop, 1200, 5);
    const order = await placeOrder(h(), shopper, sku.skuId, 1);
    await payThroughSandbox(h(), shopper, order.id);
    const shipped = await h().app.inject({
      method: 'POST',
      url: `/api/admin/orders/${order.id}/ship`,
      headers: bearer(shop.ownerToken),
      payload: { carrier: 'ZTO', trackingNumber: 'ZTO20300001' },
    });
    expect(shipped.statusCode, shipped.body).toBe(200);
    await markDelivered(h(), shop.ownerToken, order.id);
    expect(await readOrder(h(), shopper.token, order.id)).toMatchObject({ status: 'delivered' });

    h().clock.advance(AUTO_COMPLETE_AFTER_MS - 60_000);
    await settleBackground(h());
    expect(await readOrder(h(), shopper.token, order.id)).toMatchObject({ status: 'delivered' });
    h().clock.advance(2 * 60_000);
    await settleBackground(h());
    const done = await readOrder(h(), shopper.token, order.id);
    expect(done.status).toBe('completed');
    expect(done.transitions.at(-1)).toMatchObject({
      from: 'delivered',
      to: 'completed',
      actorKind: 'system',
    });
  });

  it('cancels an unpaid order at its deadline, releasing its stock, and refunds a payment that arrives late', async () => {
    const shopper = await newShopper(h(), shop);
    const sku = await stockedSku(h(), shop, 2000, 5);
    const order = await placeOrder(h(), shopper, sku.skuId, 2);
    const started = await h().app.inject({
      method: 'POST',
      url: `/api/store/orders/${order.id}/payments`,
      headers: { ...bearer(shopper.token), 'idempotency-key': newKey() },
      payload: { method: 'alipay_redirect' },
    });
    expect(started.statusCode, started.body).toBe(201);
    const { payment } = json<{ payment: { id: string; providerRef: string } }>(started);

    h().clock.advance(31 * 60_000);
    await h().app.runtime.jobs.runDue();
    expect(await readOrder(h(), shopper.token, order.id)).toMatchObject({
      status: 'cancelled',
      cancelReason: 'payment deadline passed',
    });
    expect(await stockOf(h(), shop, sku.skuId)).toMatchObject({ onHand: 5, reserved: 0 });
    const again = await h().app.inject({
      method: 'POST',
      url: `/api/store/orders/${order.id}/payments`,
      headers: { ...bearer(shopper.token), 'idempotency-key': newKey() },
      payload: { method: 'card' },
    });
    expect(json(again)).toMatchObject({ status: 409, code: 'ORDER_TRANSITION_INVALID' });

    // The shopper completes the payment on the gateway page anyway.
    const approved = await h().app.inject({
      method: 'POST',
      url: `/sandbox-gateway/payments/${payment.providerRef}/approve`,
      payload: { duplicateWebhook: true },
    });
    expect(approved.statusCode, approved.body).toBe(200);
    await settleBackground(h());
    expect(await readOrder(h(), shopper.token, order.id)).toMatchObject({
      status: 'cancelled',
      paymentId: null,
    });
    const [late] = await listPaymentsForOrder(
      systemCtx(h().database.db, shop.merchantId, 'test', h().privacy),
      order.id,
    );
    expect(late).toMatchObject({ id: payment.id, status: 'refunded', refundedAmount: order.total });
    expect(await stockOf(h(), shop, sku.skuId)).toMatchObject({ onHand: 5, reserved: 0 });
  });

  it('refuses to start a payment once the payment window has closed', async () => {
    const shopper = await newShopper(h(), shop);
    const sku = await stockedSku(h(), shop, 700, 5);
    const order = await placeOrder(h(), shopper, sku.skuId, 1);
    const asShopper: Ctx = {
      ...systemCtx(h().database.db, shop.merchantId, 'test', h().privacy),
      actor: { kind: 'shopper', customerId: shopper.customerId, sessionId: 'ses_test' },
    };
    const deadline = new Date(order.paymentDeadline).getTime();
    await h().database.db.transaction(async (db) => {
      const tx = { ...asShopper, db, inTransaction: true };
      const before = await loadPayableOrderStep.invoke(tx, {
        orderId: order.id,
        now: new Date(deadline - 1),
      });
      expect(before.ok).toBe(true);
      const after = await loadPayableOrderStep.invoke(tx, { orderId: order.id, now: new Date(deadline) });
      expect(after).toMatchObject({ ok: false, code: 'ORDER_PAYMENT_EXPIRED' });
    });
  });
});
