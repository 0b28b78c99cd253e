import { and, eq } from 'drizzle-orm';
import { fail, inTransaction, ok, type Ctx, type Result } from '../../../../platform/index.ts';
import { privacyRequests, type PrivacyRequestRow, type PrivacyRequestState } from '../tables.ts';
import {
  toAdminRequestView,
  type AdminPrivacyRequestDetailView,
  type AdminPrivacyRequestView,
} from '../views.ts';

export type RequestAction = 'start' | 'complete' | 'reject';

/**
 * Staff handle what needs judgement: they take a rectification request on, then complete it once the
 * record is corrected, or reject any open request with the reason the person will read (PIPL art. 50
 * asks that a refusal give reasons). Export and erasure are carried out by a job, so they are never
 * started or completed by hand.
 */
const TRANSITIONS: Record<
  RequestAction,
  { from: readonly PrivacyRequestState[]; to: PrivacyRequestState; manualKindsOnly: boolean }
> = {
  start: { from: ['received'], to: 'in_progress', manualKindsOnly: true },
  complete: { from: ['in_progress'], to: 'completed', manualKindsOnly: true },
  reject: { from: ['received', 'in_progress'], to: 'rejected', manualKindsOnly: false },
};

export async function handleRequest(
  ctx: Ctx,
  requestId: string,
  action: RequestAction,
  resolution: string | undefined,
): Promise<Result<AdminPrivacyRequestView>> {
  if (action === 'reject' && !resolution?.trim())
    return fail('VALIDATION_FAILED', 'Give the reason for rejecting');
  return inTransaction(ctx, async (tx) => {
    const [row] = await tx.db
      .select()
      .from(privacyRequests)
      .where(and(eq(privacyRequests.merchantId, ctx.merchantId), eq(privacyRequests.id, requestId)))
      .for('update');
    if (!row) return fail('PRIVACY_REQUEST_NOT_FOUND');
    const rule = TRANSITIONS[action];
    if (!rule.from.includes(row.state) || (rule.manualKindsOnly && row.kind !== 'rectification'))
      return fail(
        'PRIVACY_REQUEST_TRANSITION_INVALID',
        `A ${row.state} ${row.kind} request cannot ${action}`,
      );
    const now = new Date();
    const [updated] = await tx.db
      .update(privacyRequests)
      .set({
        state: rule.to,
        handledBy: ctx.actor.kind === 'staff' ? ctx.actor.staffId : row.handledBy,
        ...(action === 'start' ? { startedAt: now } : { closedAt: now }),
        ...(resolution?.trim() ? { resolution: resolution.trim() } : {}),
      })
      .where(eq(privacyRequests.id, row.id))
      .returning();
    return ok(toAdminRequestView(updated as PrivacyRequestRow, now));
  });
}

/** One request with what the person asked to have corrected, opened for customer service and audited. */
export async function getRequestDetail(
  ctx: Ctx,
  requestId: string,
): Promise<Result<AdminPrivacyRequestDetailView>> {
  const [row] = await ctx.db
    .select()
    .from(privacyRequests)
    .where(and(eq(privacyRequests.merchantId, ctx.merchantId), eq(privacyRequests.id, requestId)));
  if (!row) return fail('PRIVACY_REQUEST_NOT_FOUND');
  let details: string | null = null;
  if (row.detailsSealed) {
    const ref = {
      subjectId: row.subjectId,
      table: 'privacy_requests',
      column: 'details_sealed',
      rowId: row.id,
    };
    details = (await ctx.privacy.vault.open(ctx, ref, row.detailsSealed)) ?? null;
    ctx.privacy.audit.record(ctx, {
      subjectId: row.subjectId,
      fields: ['privacy_requests.details_sealed'],
      operation: 'read',
      purpose: 'customer_service',
    });
  }
  return ok({ ...toAdminRequestView(row, new Date()), details });
}
