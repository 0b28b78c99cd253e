import { expect, it } from 'vitest';
import { bearer, describeEachDatabase, json } from '../../testing/harness.ts';
import {
  newKey,
  newShopper,
  openShop,
  payThroughSandbox,
  placeOrder,
  readOrder,
  settleBackground,
  stockedSku,
} from '../test-shop.ts';
import {
  assessmentOfPayment,
  riskAuditOf,
  sandboxChargesOf,
  startPayment,
} from '../review-payment/risk-test-support.ts';

describeEachDatabase('pay order: payment risk scoring', (h) => {
  it('lets a normal checkout and payment through with a low score, and audits the decision', async () => {
    const shop = await openShop(h());
    const { skuId } = await stockedSku(h(), shop, 5_000, 10);
    const shopper = await newShopper(h(), shop);
    const order = await placeOrder(h(), shopper, skuId, 1);
    const payment = await payThroughSandbox(h(), shopper, order.id);
    expect((await readOrder(h(), shopper.token, order.id)).status).toBe('paid');
    const row = await assessmentOfPayment(h(), payment.id);
    expect(row).toMatchObject({ score: 0, reasons: [], decision: 'allowed', decided_by: 'system' });
    // The address is kept only as a keyed hash; no header, no device signal.
    expect(row.address_index).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(row.device_index).toBeNull();
    expect(await riskAuditOf(h(), shopper.customerId)).toEqual([
      expect.objectContaining({ operation: 'write', purpose: 'legal', actor_kind: 'shopper' }),
    ]);
  });

  it('holds the sixth payment attempt one account makes within the hour, without asking the gateway', async () => {
    const shop = await openShop(h());
    const { skuId } = await stockedSku(h(), shop, 5_000, 10);
    const shopper = await newShopper(h(), shop);
    const order = await placeOrder(h(), shopper, skuId, 1);
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      const started = await startPayment(h(), shopper, order.id);
      expect(started.payment.status, `attempt ${attempt}`).toBe('pending');
    }
    const held = await startPayment(h(), shopper, order.id);
    expect(held).toMatchObject({
      payment: { status: 'held_for_review', providerRef: null },
      nextAction: null,
    });
    expect(await sandboxChargesOf(h(), held.payment.id)).toBe(0);
    expect(await assessmentOfPayment(h(), held.payment.id)).toMatchObject({
      decision: 'held',
      score: 60,
      reasons: [{ code: 'account_velocity', points: 60, observed: 6, limit: 5 }],
    });
    // The console's queue shows it with its score and reasons.
    const queue = await h().app.inject({
      method: 'GET',
      url: '/api/admin/risk/assessments',
      headers: bearer(shop.ownerToken),
    });
    expect(queue.statusCode, queue.body).toBe(200);
    expect(json<{ items: unknown[] }>(queue).items).toEqual([
      expect.objectContaining({ paymentId: held.payment.id, score: 60, decision: 'held', deviceSeen: false }),
    ]);
    const audit = await riskAuditOf(h(), shopper.customerId);
    expect(audit).toHaveLength(6);
    expect(audit.every((e) => e.operation === 'write' && e.purpose === 'legal')).toBe(true);
  });

  it('holds the payment of a fourth account paying from one device within a day', async () => {
    const shop = await openShop(h());
    const { skuId } = await stockedSku(h(), shop, 5_000, 10);
    const device = `device-${newKey()}`;
    const decisions: string[] = [];
    let last: { paymentId: string; customerId: string } | undefined;
    for (let account = 1; account <= 4; account += 1) {
      const shopper = await newShopper(h(), shop);
      const order = await placeOrder(h(), shopper, skuId, 1);
      const started = await startPayment(h(), shopper, order.id, device);
      decisions.push(started.payment.status);
      last = { paymentId: started.payment.id, customerId: shopper.customerId };
    }
    expect(decisions).toEqual(['pending', 'pending', 'pending', 'held_for_review']);
    const row = await assessmentOfPayment(h(), last!.paymentId);
    expect(row.reasons).toEqual([{ code: 'shared_device', points: 60, observed: 4, limit: 3 }]);
    expect(row.device_index).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(row.device_index).not.toContain(device);
    expect(await riskAuditOf(h(), last!.customerId)).toEqual([
      expect.objectContaining({
        operation: 'write',
        purpose: 'legal',
        fields: expect.arrayContaining(['risk_assessments.device_index', 'risk_assessments.decision']),
      }),
    ]);
    // A fifth account on another device is not held: the device, not the shop, is the signal.
    const other = await newShopper(h(), shop);
    const order = await placeOrder(h(), other, skuId, 1);
    expect((await startPayment(h(), other, order.id, `device-${newKey()}`)).payment.status).toBe('pending');
  });

  it('counts a parallel burst across orders one attempt at a time, so it cannot slip past the limit', async () => {
    const shop = await openShop(h());
    const { skuId } = await stockedSku(h(), shop, 5_000, 20);
    const shopper = await newShopper(h(), shop);
    const orders = [];
    for (let i = 0; i < 8; i += 1) orders.push(await placeOrder(h(), shopper, skuId, 1));
    const started = await Promise.all(orders.map((order) => startPayment(h(), shopper, order.id)));
    const held = started.filter((s) => s.payment.status === 'held_for_review');
    expect(held).toHaveLength(3);
  });

  it('keeps no assessment of an attempt that failed, so it neither waits for review nor counts', async () => {
    const shop = await openShop(h());
    const { skuId } = await stockedSku(h(), shop, 5_000, 10);
    const shopper = await newShopper(h(), shop);
    const order = await placeOrder(h(), shopper, skuId, 1);
    for (let attempt = 1; attempt <= 6; attempt += 1) {
      const refused = await h().app.inject({
        method: 'POST',
        url: `/api/store/orders/${order.id}/payments`,
        headers: { ...bearer(shopper.token), 'idempotency-key': newKey('pay') },
        // The charge is refused after scoring: instalments need a count.
        payload: { method: 'instalments' },
      });
      expect(refused.statusCode, refused.body).toBe(400);
    }
    await settleBackground(h());
    expect((await startPayment(h(), shopper, order.id)).payment.status).toBe('pending');
    expect(await riskAuditOf(h(), shopper.customerId)).toHaveLength(1);
  });
});
