import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import { bearer, json, type Harness } from '../../testing/harness.ts';
import { newKey, type Shop, type Shopper } from '../test-shop.ts';

/** Test support for the payment-risk suites: paying with a device header, and reading the trail. */

export interface StartedPayment {
  payment: {
    id: string;
    status: string;
    providerRef: string | null;
    failureReason: string | null;
  };
  nextAction: { url: string } | null;
}

export async function startPayment(h: Harness, shopper: Shopper, orderId: string, deviceId?: string) {
  const res = await h.app.inject({
    method: 'POST',
    url: `/api/store/orders/${orderId}/payments`,
    headers: {
      ...bearer(shopper.token),
      'idempotency-key': newKey('pay'),
      ...(deviceId ? { 'x-device-id': deviceId } : {}),
    },
    payload: { method: 'wechat_qr' },
  });
  expect(res.statusCode, res.body).toBe(201);
  return json<StartedPayment>(res);
}

export interface AssessmentRow {
  id: string;
  payment_id: string | null;
  customer_id: string;
  score: number;
  reasons: { code: string; points: number; observed: number; limit: number }[];
  decision: string;
  decided_by: string;
  device_index: string | null;
  address_index: string | null;
}

/** The stored assessment of a payment, read straight from its table: the review trail itself. */
export async function assessmentOfPayment(h: Harness, paymentId: string): Promise<AssessmentRow> {
  const result = (await h.database.db.execute(sql`
    select id, payment_id, customer_id, score, reasons, decision, decided_by, device_index, address_index
    from risk_assessments where payment_id = ${paymentId}`)) as unknown as { rows: AssessmentRow[] };
  expect(result.rows).toHaveLength(1);
  return result.rows[0]!;
}

export interface AuditRow {
  actor_kind: string;
  actor_id: string | null;
  fields: string[];
  operation: string;
  purpose: string;
}

/** The audit entries about this person that name risk-assessment fields, oldest first. */
export async function riskAuditOf(h: Harness, subjectId: string): Promise<AuditRow[]> {
  await h.privacy.audit.flush();
  const result = (await h.database.db.execute(sql`
    select actor_kind, actor_id, fields, operation, purpose from privacy_audit_log
    where subject_id = ${subjectId} and 'risk_assessments.decision' = any(fields) order by seq`)) as unknown as {
    rows: AuditRow[];
  };
  return result.rows;
}

/** Lowers the shop's account limit to one attempt an hour, so a second attempt is held. */
export async function holdSecondAttempts(h: Harness, shop: Shop) {
  const current = await h.app.inject({
    method: 'GET',
    url: '/api/admin/risk/settings',
    headers: bearer(shop.ownerToken),
  });
  expect(current.statusCode, current.body).toBe(200);
  const thresholds = json<{ holdScore: number; rules: Record<string, object> }>(current);
  const res = await h.app.inject({
    method: 'PUT',
    url: '/api/admin/risk/settings',
    headers: bearer(shop.ownerToken),
    payload: { ...thresholds, rules: { ...thresholds.rules, account_velocity: { limit: 1, points: 60 } } },
  });
  expect(res.statusCode, res.body).toBe(200);
}

export function review(h: Harness, token: string, assessmentId: string, decision: 'approve' | 'reject') {
  return h.app.inject({
    method: 'POST',
    url: `/api/admin/risk/assessments/${assessmentId}/${decision}`,
    headers: bearer(token),
    payload: { note: decision === 'approve' ? 'Called the shopper' : 'Card reported stolen' },
  });
}

export async function sandboxChargesOf(h: Harness, paymentId: string): Promise<number> {
  const result = (await h.database.db.execute(
    sql`select count(*)::int as n from sandbox_charges where payment_id = ${paymentId}`,
  )) as unknown as { rows: { n: number }[] };
  return result.rows[0]!.n;
}
