import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { staffToken } from '../../testing/fixtures.ts';
import { bearer, describeEachDatabase, json, type Harness } from '../../testing/harness.ts';
import {
  newShopper,
  openShop,
  placeOrder,
  readOrder,
  settleBackground,
  stockedSku,
  type Shop,
} from '../test-shop.ts';
import {
  assessmentOfPayment,
  holdSecondAttempts,
  review,
  riskAuditOf,
  sandboxChargesOf,
  startPayment,
  type StartedPayment,
} from './risk-test-support.ts';

interface Reviewed {
  assessment: { id: string; decision: string; decidedBy: string; reviewNote: string | null };
  payment: StartedPayment['payment'];
}

describeEachDatabase('review held payments', (h) => {
  /** A shop that holds every second attempt within the hour, and one such held payment. */
  async function heldPayment(shop?: Shop) {
    const theShop = shop ?? (await openShop(h()));
    await holdSecondAttempts(h(), theShop);
    const { skuId } = await stockedSku(h(), theShop, 5_000, 10);
    const shopper = await newShopper(h(), theShop);
    const order = await placeOrder(h(), shopper, skuId, 1);
    expect((await startPayment(h(), shopper, order.id)).payment.status).toBe('pending');
    const held = await startPayment(h(), shopper, order.id);
    expect(held.payment.status).toBe('held_for_review');
    const assessment = await assessmentOfPayment(h(), held.payment.id);
    return { shop: theShop, shopper, order, payment: held.payment, assessmentId: assessment.id };
  }

  it('approves: the payment proceeds through the sandbox gateway to paid', async () => {
    const { shop, shopper, order, payment, assessmentId } = await heldPayment();
    const reviewer = await staffToken(h(), shop.merchantId, 'customer_service');
    const approved = await review(h(), reviewer, assessmentId, 'approve');
    expect(approved.statusCode, approved.body).toBe(200);
    const body = json<Reviewed>(approved);
    expect(body.assessment).toMatchObject({ decision: 'approved', reviewNote: 'Called the shopper' });
    expect(body.assessment.decidedBy).toMatch(/^stf_/);
    expect(body.payment).toMatchObject({ id: payment.id, status: 'pending' });
    expect(await sandboxChargesOf(h(), payment.id)).toBe(1);

    // The shopper finds the next action on their order's payments, and pays as usual.
    const mine = await h().app.inject({
      method: 'GET',
      url: `/api/store/orders/${order.id}/payments`,
      headers: bearer(shopper.token),
    });
    expect(mine.statusCode, mine.body).toBe(200);
    const released = json<{ items: (StartedPayment['payment'] & { nextAction: unknown })[] }>(
      mine,
    ).items.find((p) => p.id === payment.id);
    expect(released?.nextAction).toMatchObject({ type: 'qr' });
    const paid = await h().app.inject({
      method: 'POST',
      url: `/sandbox-gateway/payments/${released!.providerRef}/approve`,
      payload: {},
    });
    expect(paid.statusCode, paid.body).toBe(200);
    await settleBackground(h());
    const after = await readOrder(h(), shopper.token, order.id);
    expect(after).toMatchObject({ status: 'paid', paymentId: payment.id });

    expect((await review(h(), reviewer, assessmentId, 'approve')).statusCode).toBe(409);
    expect(json((await review(h(), reviewer, assessmentId, 'reject')) as never)).toMatchObject({
      code: 'RISK_ASSESSMENT_DECIDED',
    });
    const row = await assessmentOfPayment(h(), payment.id);
    expect(row).toMatchObject({ decision: 'approved', decided_by: body.assessment.decidedBy });
    const audit = await riskAuditOf(h(), shopper.customerId);
    expect(audit.at(-1)).toMatchObject({
      actor_kind: 'staff',
      actor_id: body.assessment.decidedBy,
      operation: 'write',
      purpose: 'legal',
    });
  });

  it('rejects: the payment fails with risk_rejected and the order stays payable and cancellable', async () => {
    const { shop, shopper, order, payment, assessmentId } = await heldPayment();
    const auditBefore = (await riskAuditOf(h(), shopper.customerId)).length;
    const rejected = await review(h(), shop.ownerToken, assessmentId, 'reject');
    expect(rejected.statusCode, rejected.body).toBe(200);
    expect(json<Reviewed>(rejected)).toMatchObject({
      assessment: { decision: 'rejected', reviewNote: 'Card reported stolen' },
      payment: { id: payment.id, status: 'failed', failureReason: 'risk_rejected', providerRef: null },
    });
    expect(await sandboxChargesOf(h(), payment.id)).toBe(0);
    expect(await failedEvents(h(), payment.id)).toBe(1);
    expect(await assessmentOfPayment(h(), payment.id)).toMatchObject({ decision: 'rejected' });
    const audit = await riskAuditOf(h(), shopper.customerId);
    expect(audit).toHaveLength(auditBefore + 1);
    expect(audit.at(-1)).toMatchObject({ actor_kind: 'staff', operation: 'write', purpose: 'legal' });

    await settleBackground(h());
    expect((await readOrder(h(), shopper.token, order.id)).status).toBe('pending_payment');
    const cancelled = await h().app.inject({
      method: 'POST',
      url: `/api/store/orders/${order.id}/cancel`,
      headers: bearer(shopper.token),
      payload: {},
    });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
  });

  it("answers 404 to another merchant's staff, and 403 to roles without risk:review", async () => {
    const { shop, assessmentId } = await heldPayment();
    const other = await openShop(h());
    const get = (token: string) =>
      h().app.inject({
        method: 'GET',
        url: `/api/admin/risk/assessments/${assessmentId}`,
        headers: bearer(token),
      });
    expect((await get(shop.ownerToken)).statusCode).toBe(200);
    const foreign = await get(other.ownerToken);
    expect(foreign.statusCode).toBe(404);
    expect(json(foreign)).toMatchObject({ code: 'RISK_ASSESSMENT_NOT_FOUND' });
    for (const decision of ['approve', 'reject'] as const) {
      const res = await review(h(), other.ownerToken, assessmentId, decision);
      expect(res.statusCode, decision).toBe(404);
    }
    const queue = await h().app.inject({
      method: 'GET',
      url: '/api/admin/risk/assessments?view=held',
      headers: bearer(other.ownerToken),
    });
    expect(json<{ items: unknown[] }>(queue).items).toEqual([]);
    const operator = await staffToken(h(), shop.merchantId, 'operator');
    expect((await get(operator)).statusCode).toBe(403);
    expect((await review(h(), operator, assessmentId, 'approve')).statusCode).toBe(403);
    // Still held: nothing above decided it.
    expect((await get(shop.ownerToken)).json()).toMatchObject({ decision: 'held' });
  });

  it('lapses a held assessment when its order is cancelled; the payment is never opened', async () => {
    const { shop, shopper, order, payment, assessmentId } = await heldPayment();
    const cancelled = await h().app.inject({
      method: 'POST',
      url: `/api/store/orders/${order.id}/cancel`,
      headers: bearer(shopper.token),
      payload: {},
    });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    await settleBackground(h());
    expect(await assessmentOfPayment(h(), payment.id)).toMatchObject({
      decision: 'lapsed',
      decided_by: 'system',
    });
    const approved = await review(h(), shop.ownerToken, assessmentId, 'approve');
    expect(approved.statusCode).toBe(409);
    expect(json(approved)).toMatchObject({ code: 'RISK_ASSESSMENT_DECIDED' });
    expect(await sandboxChargesOf(h(), payment.id)).toBe(0);
    const queue = await h().app.inject({
      method: 'GET',
      url: '/api/admin/risk/assessments?view=reviewed',
      headers: bearer(shop.ownerToken),
    });
    expect(json<{ items: { id: string; decision: string }[] }>(queue).items).toEqual([
      expect.objectContaining({ id: assessmentId, decision: 'lapsed' }),
    ]);
  });

  it('refuses thresholds out of bounds and lets only settings:write change them', async () => {
    const shop = await openShop(h());
    const reviewer = await staffToken(h(), shop.merchantId, 'customer_service');
    const current = await h().app.inject({
      method: 'GET',
      url: '/api/admin/risk/settings',
      headers: bearer(reviewer),
    });
    expect(current.statusCode).toBe(200);
    const thresholds = json<{ holdScore: number }>(current);
    expect(thresholds.holdScore).toBe(60);
    const put = (token: string, payload: object) =>
      h().app.inject({ method: 'PUT', url: '/api/admin/risk/settings', headers: bearer(token), payload });
    expect((await put(reviewer, thresholds)).statusCode).toBe(403);
    expect((await put(shop.ownerToken, { ...thresholds, holdScore: 0 })).statusCode).toBe(400);
  });
});

async function failedEvents(h: Harness, paymentId: string): Promise<number> {
  const result = (await h.database.db.execute(sql`
    select count(*)::int as n from outbox_events
    where type = 'payment.failed' and payload->>'paymentId' = ${paymentId}`)) as unknown as {
    rows: { n: number }[];
  };
  return result.rows[0]!.n;
}
