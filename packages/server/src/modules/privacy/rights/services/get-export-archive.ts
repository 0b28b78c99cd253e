import { and, eq } from 'drizzle-orm';
import { fail, ok, type Ctx, type Result } from '../../../../platform/index.ts';
import { privacyExportArchives, privacyRequests } from '../tables.ts';
import type { ExportArchive } from '../views.ts';
import { archiveRef } from './process-request.ts';

/** The shopper's own finished export; another shopper's request answers 404, as if it did not exist. */
export async function getExportArchive(
  ctx: Ctx,
  subjectId: string,
  requestId: string,
): Promise<Result<ExportArchive>> {
  const [row] = await ctx.db
    .select({
      kind: privacyRequests.kind,
      state: privacyRequests.state,
      archive: privacyExportArchives.archiveSealed,
    })
    .from(privacyRequests)
    .leftJoin(privacyExportArchives, eq(privacyExportArchives.requestId, privacyRequests.id))
    .where(
      and(
        eq(privacyRequests.merchantId, ctx.merchantId),
        eq(privacyRequests.subjectId, subjectId),
        eq(privacyRequests.id, requestId),
      ),
    );
  if (!row || row.kind !== 'export') return fail('PRIVACY_REQUEST_NOT_FOUND');
  if (row.state !== 'completed')
    return fail('PRIVACY_EXPORT_UNAVAILABLE', 'The export is still being prepared');
  if (!row.archive)
    return fail('PRIVACY_EXPORT_UNAVAILABLE', 'The archive has expired; ask for a new export');
  const plain = await ctx.privacy.vault.open(ctx, archiveRef({ subjectId, id: requestId }), row.archive);
  if (plain === undefined) return fail('PRIVACY_EXPORT_UNAVAILABLE', 'The account was erased');
  ctx.privacy.audit.record(ctx, {
    subjectId,
    fields: ['privacy_export_archives.archive_sealed'],
    operation: 'read',
    purpose: 'self',
  });
  return ok(JSON.parse(plain) as ExportArchive);
}
