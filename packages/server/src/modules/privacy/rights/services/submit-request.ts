import {
  enqueueJob,
  fail,
  inTransaction,
  newId,
  ok,
  type Ctx,
  type Result,
} from '../../../../platform/index.ts';
import { privacyRequests, type PrivacyRequestKind, type PrivacyRequestRow } from '../tables.ts';
import { REQUEST_DEADLINE_DAYS } from '../views.ts';

declare module '../../../../platform/jobs/index.ts' {
  interface JobMap {
    /** Carries out an export or erasure request. */
    'privacy.process_request': { requestId: string };
  }
}

export interface SubmitRequestInput {
  kind: PrivacyRequestKind;
  /** Rectification only: what is wrong and what it should say. */
  details?: string | undefined;
}

/**
 * Records a shopper's request and, for export and erasure, queues the job that carries it out (they need
 * no judgement). Rectification waits for staff: what the shopper cannot edit themselves needs a person to
 * check it. One open request per kind: a repeated tap answers PRIVACY_REQUEST_OPEN.
 */
export async function submitRequest(
  ctx: Ctx,
  subjectId: string,
  input: SubmitRequestInput,
): Promise<Result<PrivacyRequestRow>> {
  if (input.kind === 'rectification' && !input.details?.trim())
    return fail('VALIDATION_FAILED', 'Say what should be corrected');
  if (input.kind !== 'rectification' && input.details !== undefined)
    return fail('VALIDATION_FAILED', 'Only rectification requests carry details');
  return inTransaction(ctx, async (tx) => {
    const id = newId('prq');
    const receivedAt = new Date();
    const detailsSealed = input.details ? await sealDetails(tx, subjectId, id, input.details.trim()) : null;
    const [row] = await tx.db
      .insert(privacyRequests)
      .values({
        id,
        merchantId: ctx.merchantId,
        subjectId,
        kind: input.kind,
        detailsSealed,
        receivedAt,
        dueAt: new Date(receivedAt.getTime() + REQUEST_DEADLINE_DAYS * 24 * 60 * 60_000),
      })
      // The partial unique index allows one open request per kind; a conflict means one is open already.
      .onConflictDoNothing()
      .returning();
    if (!row) return fail('PRIVACY_REQUEST_OPEN');
    if (input.kind !== 'rectification') await enqueueJob(tx, 'privacy.process_request', { requestId: id });
    return ok(row);
  });
}

async function sealDetails(ctx: Ctx, subjectId: string, rowId: string, details: string): Promise<string> {
  const sealed = await ctx.privacy.vault.seal(
    ctx,
    { subjectId, table: 'privacy_requests', column: 'details_sealed', rowId },
    details,
  );
  ctx.privacy.audit.record(ctx, {
    subjectId,
    fields: ['privacy_requests.details_sealed'],
    operation: 'write',
    purpose: 'self',
  });
  return sealed;
}
