import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { systemCtx } from '../../platform/index.ts';
import { listPaymentsForOrder } from '../../modules/payments/index.ts';
import { bearer, describeEachDatabase, json, type Harness } from '../../testing/harness.ts';
import {
  newShopper,
  openShop,
  placeOrder,
  readOrder,
  settleBackground,
  stockedSku,
  stockOf,
  type Shop,
} from '../test-shop.ts';
import {
  assessmentOfPayment,
  holdSecondAttempts,
  startPayment,
} from '../review-payment/risk-test-support.ts';

describeEachDatabase('cancel order', (h) => {
  const paymentsOf = (shop: Shop, orderId: string) =>
    listPaymentsForOrder(systemCtx(h().database.db, shop.merchantId, 'test', h().privacy), orderId);

  const cancelAsShopper = (token: string, orderId: string) =>
    h().app.inject({
      method: 'POST',
      url: `/api/store/orders/${orderId}/cancel`,
      headers: bearer(token),
      payload: {},
    });

  /** An order with a first attempt pending at the gateway and a second one held for review. */
  async function orderWithHeldPayment() {
    const shop = await openShop(h());
    await holdSecondAttempts(h(), shop);
    const sku = await stockedSku(h(), shop, 5_000, 10);
    const shopper = await newShopper(h(), shop);
    const order = await placeOrder(h(), shopper, sku.skuId, 2);
    const pending = await startPayment(h(), shopper, order.id);
    expect(pending.payment.status).toBe('pending');
    const held = await startPayment(h(), shopper, order.id);
    expect(held.payment.status).toBe('held_for_review');
    return { shop, sku, shopper, order, pending: pending.payment, held: held.payment };
  }

  it('fails a payment held for review when the shopper cancels, leaving the pending one as it was', async () => {
    const { shop, sku, shopper, order, pending, held } = await orderWithHeldPayment();
    const cancelled = await cancelAsShopper(shopper.token, order.id);
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect(json(cancelled)).toMatchObject({ status: 'cancelled' });

    expect(await paymentsOf(shop, order.id)).toEqual([
      expect.objectContaining({ id: pending.id, status: 'pending', failureReason: null }),
      expect.objectContaining({ id: held.id, status: 'failed', failureReason: 'order_cancelled' }),
    ]);
    expect(await failedEvents(h(), held.id)).toEqual([{ reason: 'order_cancelled' }]);
    expect(await stockOf(h(), shop, sku.skuId)).toMatchObject({ onHand: 10, reserved: 0 });
    await settleBackground(h());
    expect(await assessmentOfPayment(h(), held.id)).toMatchObject({ decision: 'lapsed' });
  });

  it('fails a held payment when the order is cancelled at its payment deadline', async () => {
    const { shop, sku, shopper, order, held } = await orderWithHeldPayment();
    h().clock.advance(31 * 60_000);
    await h().app.runtime.jobs.runDue();
    expect(await readOrder(h(), shopper.token, order.id)).toMatchObject({
      status: 'cancelled',
      cancelReason: 'payment deadline passed',
    });
    expect((await paymentsOf(shop, order.id)).find((p) => p.id === held.id)).toMatchObject({
      status: 'failed',
      failureReason: 'order_cancelled',
    });
    expect(await stockOf(h(), shop, sku.skuId)).toMatchObject({ onHand: 10, reserved: 0 });
  });

  it('cancels as before when nothing is held: pending payments untouched, no payment.failed', async () => {
    const shop = await openShop(h());
    const sku = await stockedSku(h(), shop, 1_500, 4);
    const shopper = await newShopper(h(), shop);
    const order = await placeOrder(h(), shopper, sku.skuId, 3);
    const { payment } = await startPayment(h(), shopper, order.id);
    expect(payment.status).toBe('pending');

    const cancelled = await cancelAsShopper(shopper.token, order.id);
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect(json(cancelled)).toMatchObject({ status: 'cancelled', cancelReason: 'cancelled by the shopper' });
    expect(await paymentsOf(shop, order.id)).toEqual([
      expect.objectContaining({ id: payment.id, status: 'pending', failureReason: null }),
    ]);
    expect(await failedEvents(h(), payment.id)).toEqual([]);
    expect(await stockOf(h(), shop, sku.skuId)).toMatchObject({ onHand: 4, reserved: 0 });

    // A second cancel is refused and changes nothing.
    expect(json(await cancelAsShopper(shopper.token, order.id))).toMatchObject({
      status: 409,
      code: 'ORDER_TRANSITION_INVALID',
    });
  });
});

async function failedEvents(h: Harness, paymentId: string): Promise<{ reason: string }[]> {
  const result = (await h.database.db.execute(sql`
    select payload->>'reason' as reason from outbox_events
    where type = 'payment.failed' and payload->>'paymentId' = ${paymentId}`)) as unknown as {
    rows: { reason: string }[];
  };
  return result.rows;
}
