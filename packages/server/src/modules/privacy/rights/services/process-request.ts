import { and, eq, inArray, ne } from 'drizzle-orm';
import type { Ctx, DataSubject, PersonalDataSource } from '../../../../platform/index.ts';
import { privacyExportArchives, privacyRequests, type PrivacyRequestRow } from '../tables.ts';
import type { ExportArchive } from '../views.ts';
import { gatherPersonalData } from './gather-personal-data.ts';

export const archiveRef = (row: { subjectId: string; id: string }) => ({
  subjectId: row.subjectId,
  table: 'privacy_export_archives',
  column: 'archive_sealed',
  rowId: row.id,
});

export const archiveUrlOf = (requestId: string) => `/api/store/privacy/requests/${requestId}/archive`;

/**
 * The job behind export and erasure requests. Runs in the job's transaction: an erasure that fails
 * half-way rolls back whole and is retried, never leaving a person half-erased.
 */
export async function processRequest(
  ctx: Ctx,
  sources: readonly PersonalDataSource[],
  requestId: string,
): Promise<void> {
  const [request] = await ctx.db
    .select()
    .from(privacyRequests)
    .where(and(eq(privacyRequests.merchantId, ctx.merchantId), eq(privacyRequests.id, requestId)))
    .for('update');
  // Staff may have rejected it meanwhile; a retried job finds it done.
  if (!request || request.state !== 'received') return;
  const jobCtx: Ctx = { ...ctx, actor: { kind: 'system', reason: `privacy request ${request.id}` } };
  const subject: DataSubject = { merchantId: request.merchantId, customerId: request.subjectId };
  const now = new Date();
  if (request.kind === 'export') await exportSubject(jobCtx, sources, subject, request, now);
  else if (request.kind === 'erasure') await eraseSubject(jobCtx, sources, subject, request, now);
}

async function exportSubject(
  ctx: Ctx,
  sources: readonly PersonalDataSource[],
  subject: DataSubject,
  request: PrivacyRequestRow,
  now: Date,
): Promise<void> {
  const archive: ExportArchive = {
    format: 'hexamall.personal-data/1',
    requestId: request.id,
    subjectId: subject.customerId,
    merchantId: subject.merchantId,
    generatedAt: now.toISOString(),
    modules: await gatherPersonalData(ctx, sources, subject),
  };
  const archiveSealed = await ctx.privacy.vault.seal(ctx, archiveRef(request), JSON.stringify(archive));
  await ctx.db.insert(privacyExportArchives).values({
    requestId: request.id,
    merchantId: subject.merchantId,
    subjectId: subject.customerId,
    archiveSealed,
    createdAt: now,
  });
  await ctx.db
    .update(privacyRequests)
    .set({ state: 'completed', startedAt: now, closedAt: now, resultLocation: archiveUrlOf(request.id) })
    .where(eq(privacyRequests.id, request.id));
  ctx.privacy.audit.record(ctx, {
    subjectId: subject.customerId,
    fields: sources.flatMap((s) => s.contributor.fields),
    operation: 'export',
    purpose: 'self',
  });
}

/**
 * Crypto-shredding: each module deletes or anonymises its rows first (orders keep anonymised rows for the
 * legal retention period), then the person's data key is destroyed, so any ciphertext that survives
 * anywhere (a backup, a replica, a row someone forgot) is noise. The module that owns sign-in ends the
 * person's sessions in its own eraseSubject, in this same transaction.
 */
async function eraseSubject(
  ctx: Ctx,
  sources: readonly PersonalDataSource[],
  subject: DataSubject,
  request: PrivacyRequestRow,
  now: Date,
): Promise<void> {
  for (const { contributor } of sources) await contributor.eraseSubject(ctx, subject);
  await ctx.privacy.vault.shred(ctx, subject.customerId);
  // Nothing is left to export or correct; any other open request is moot.
  await ctx.db
    .update(privacyRequests)
    .set({ state: 'rejected', closedAt: now, resolution: 'The account was erased' })
    .where(
      and(
        eq(privacyRequests.merchantId, subject.merchantId),
        eq(privacyRequests.subjectId, subject.customerId),
        inArray(privacyRequests.state, ['received', 'in_progress']),
        ne(privacyRequests.id, request.id),
      ),
    );
  await ctx.db
    .update(privacyRequests)
    .set({ state: 'completed', startedAt: now, closedAt: now })
    .where(eq(privacyRequests.id, request.id));
  ctx.privacy.audit.record(ctx, {
    subjectId: subject.customerId,
    fields: sources.flatMap((s) => s.contributor.fields),
    operation: 'delete',
    purpose: 'self',
  });
}
