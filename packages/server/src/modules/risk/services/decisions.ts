import { and, eq, inArray, isNull } from 'drizzle-orm';
import { fail, ok, type Ctx, type Result } from '../../../platform/index.ts';
import { riskAssessments, type RiskAssessmentRow } from '../schema.ts';
import { toRiskAssessment, type RiskAssessment } from '../views.ts';

const COLUMN = (name: string) => `risk_assessments.${name}`;
const DECISION_FIELDS = ['decision', 'decided_by', 'decided_at'].map(COLUMN);

/** The signal columns this row holds values in: what an audit entry names (never the values). */
function signalFields(row: RiskAssessmentRow): string[] {
  return [
    'customer_id',
    'amount',
    'discount',
    ...(row.deviceIndex ? ['device_index'] : []),
    ...(row.addressIndex ? ['address_index'] : []),
  ].map(COLUMN);
}

/**
 * Every decision is one audit entry about the shopper, for the legal purpose (fraud prevention): the
 * signals it rests on and the decision columns. The row itself keeps who decided, when and why.
 */
function auditDecision(ctx: Ctx, row: RiskAssessmentRow): void {
  ctx.privacy.audit.record(ctx, {
    subjectId: row.customerId,
    fields: [...signalFields(row), ...DECISION_FIELDS, COLUMN('score'), COLUMN('reasons')],
    operation: 'write',
    purpose: 'legal',
  });
}

/**
 * Attaches the payment the attempt became and audits the rules' decision. It is the pay workflow's
 * last step, so an attempt that failed earlier leaves no audit entry for a row that was rolled back.
 */
export async function linkAssessment(
  ctx: Ctx,
  assessmentId: string,
  paymentId: string,
): Promise<Result<RiskAssessment>> {
  const [row] = await ctx.db
    .update(riskAssessments)
    .set({ paymentId })
    .where(
      and(
        eq(riskAssessments.merchantId, ctx.merchantId),
        eq(riskAssessments.id, assessmentId),
        isNull(riskAssessments.paymentId),
      ),
    )
    .returning();
  if (!row) return fail('RISK_ASSESSMENT_NOT_FOUND');
  auditDecision(ctx, row);
  return ok(toRiskAssessment(row));
}

/**
 * The held assessment a reviewer is deciding, locked until their transaction ends so two reviewers
 * cannot both decide it. Another merchant's answers RISK_ASSESSMENT_NOT_FOUND.
 */
export async function lockHeldAssessment(
  ctx: Ctx,
  assessmentId: string,
): Promise<Result<RiskAssessment & { paymentId: string }>> {
  const [row] = await ctx.db
    .select()
    .from(riskAssessments)
    .where(and(eq(riskAssessments.merchantId, ctx.merchantId), eq(riskAssessments.id, assessmentId)))
    .for('update');
  if (!row) return fail('RISK_ASSESSMENT_NOT_FOUND');
  if (row.decision !== 'held') return fail('RISK_ASSESSMENT_DECIDED', `the assessment is ${row.decision}`);
  // Held rows get their payment in the transaction that made them.
  if (!row.paymentId) throw new Error(`held assessment ${row.id} has no payment`);
  return ok({ ...toRiskAssessment(row), paymentId: row.paymentId });
}

/** A reviewer's decision on a held payment, recorded with who made it and audited. */
export async function recordReviewDecision(
  ctx: Ctx,
  assessmentId: string,
  decision: 'approved' | 'rejected',
  note?: string,
): Promise<Result<RiskAssessment>> {
  if (ctx.actor.kind !== 'staff') return fail('FORBIDDEN', 'only staff review held payments');
  const [row] = await ctx.db
    .update(riskAssessments)
    .set({ decision, decidedBy: ctx.actor.staffId, decidedAt: new Date(), reviewNote: note ?? null })
    .where(
      and(
        eq(riskAssessments.merchantId, ctx.merchantId),
        eq(riskAssessments.id, assessmentId),
        eq(riskAssessments.decision, 'held'),
      ),
    )
    .returning();
  if (!row) return fail('RISK_ASSESSMENT_DECIDED');
  auditDecision(ctx, row);
  return ok(toRiskAssessment(row));
}

/**
 * Undoes an assessment whose payment attempt was abandoned: it stays as a record but no longer counts
 * or waits for review. Idempotent, and a no-op once the row is gone with a rolled-back transaction.
 */
export async function releaseAssessment(ctx: Ctx, assessmentId: string): Promise<void> {
  await ctx.db
    .update(riskAssessments)
    .set({ decision: 'released', decidedBy: 'system', decidedAt: new Date() })
    .where(
      and(
        eq(riskAssessments.merchantId, ctx.merchantId),
        eq(riskAssessments.id, assessmentId),
        inArray(riskAssessments.decision, ['allowed', 'held']),
      ),
    );
}

/** An order cancelled while its payment waited for review: nothing is left to decide. */
export async function lapseHeldAssessments(ctx: Ctx, orderId: string): Promise<void> {
  const rows = await ctx.db
    .update(riskAssessments)
    .set({ decision: 'lapsed', decidedBy: 'system', decidedAt: new Date() })
    .where(
      and(
        eq(riskAssessments.merchantId, ctx.merchantId),
        eq(riskAssessments.orderId, orderId),
        eq(riskAssessments.decision, 'held'),
      ),
    )
    .returning();
  for (const row of rows) auditDecision(ctx, row);
}

/** payment.succeeded: the attempt's amount joins the medians the amount rule compares with. */
export async function markAssessmentPaid(ctx: Ctx, paymentId: string): Promise<void> {
  await ctx.db
    .update(riskAssessments)
    .set({ paidAt: new Date() })
    .where(
      and(
        eq(riskAssessments.merchantId, ctx.merchantId),
        eq(riskAssessments.paymentId, paymentId),
        isNull(riskAssessments.paidAt),
      ),
    );
}
