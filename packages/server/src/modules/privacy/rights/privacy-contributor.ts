import { and, asc, eq, inArray, lt, ne, sql } from 'drizzle-orm';
import type { Ctx, DataSubject, PersonalDataContributor, RetentionPolicy } from '../../../platform/index.ts';
import { purgeAuditLog } from '../audit/purge.ts';
import { consentRecords } from '../consent/tables.ts';
import type { PrivacyServices } from '../open-privacy.ts';
import { privacyExportArchives, privacyRequests } from './tables.ts';

const consentsOf = (s: DataSubject) =>
  and(eq(consentRecords.merchantId, s.merchantId), eq(consentRecords.subjectId, s.customerId));
const requestsOf = (s: DataSubject) =>
  and(eq(privacyRequests.merchantId, s.merchantId), eq(privacyRequests.subjectId, s.customerId));

/**
 * What the privacy module itself holds on a shopper: their consent history and their export and
 * rectification requests. An erasure request's own row is kept, holding nothing readable, as proof it
 * was carried out; it is not the person's data and is left out of exports.
 */
export const privacyContributor: PersonalDataContributor = {
  fields: [
    'privacy_consent_records.granted',
    'privacy_requests.details_sealed',
    'privacy_export_archives.archive_sealed',
  ],

  async exportSubject(ctx, subject) {
    const consents = await ctx.db
      .select({
        purpose: consentRecords.purpose,
        granted: consentRecords.granted,
        noticeVersion: consentRecords.noticeVersion,
        method: consentRecords.method,
        channel: consentRecords.channel,
        at: consentRecords.at,
      })
      .from(consentRecords)
      .where(consentsOf(subject))
      .orderBy(asc(consentRecords.at), asc(consentRecords.id));
    const requests = await ctx.db
      .select()
      .from(privacyRequests)
      .where(and(requestsOf(subject), ne(privacyRequests.kind, 'erasure')))
      .orderBy(asc(privacyRequests.id));
    if (consents.length === 0 && requests.length === 0) return undefined;
    return {
      consentHistory: consents.map((c) => ({ ...c, at: c.at.toISOString() })),
      requests: await Promise.all(
        requests.map(async (r) => ({
          id: r.id,
          kind: r.kind,
          state: r.state,
          receivedAt: r.receivedAt.toISOString(),
          closedAt: r.closedAt?.toISOString() ?? null,
          resolution: r.resolution,
          details: r.detailsSealed ? await openDetails(ctx, r) : null,
        })),
      ),
    };
  },

  async eraseSubject(ctx, subject) {
    await ctx.db.delete(consentRecords).where(consentsOf(subject));
    // Archives go with their requests (foreign key cascade).
    await ctx.db.delete(privacyRequests).where(and(requestsOf(subject), ne(privacyRequests.kind, 'erasure')));
  },

  async purgeExpired(ctx, policy) {
    await purgeArchives(ctx, policy.cutoff('export_archives'));
    await ctx.db
      .delete(privacyRequests)
      .where(
        and(
          inArray(privacyRequests.state, ['completed', 'rejected']),
          lt(privacyRequests.closedAt, policy.cutoff('privacy_requests')),
        ),
      );
    await purgeSupersededConsents(ctx, policy);
    // The access log names subjects, never values, but it is kept no longer than its category says.
    // Only the app's own privacy services hold the keyring that signs where the chain now starts.
    const keyring = (ctx.privacy as Partial<PrivacyServices>).keyring;
    if (keyring) await purgeAuditLog(ctx.db, keyring.auditSigner(), policy.cutoff('audit_log'), policy.now);
  },
};

async function openDetails(ctx: Ctx, row: { id: string; subjectId: string; detailsSealed: string | null }) {
  const ref = {
    subjectId: row.subjectId,
    table: 'privacy_requests',
    column: 'details_sealed',
    rowId: row.id,
  };
  return (await ctx.privacy.vault.open(ctx, ref, row.detailsSealed ?? '')) ?? null;
}

async function purgeArchives(ctx: Ctx, cutoff: Date): Promise<void> {
  const expired = await ctx.db
    .delete(privacyExportArchives)
    .where(lt(privacyExportArchives.createdAt, cutoff))
    .returning({ requestId: privacyExportArchives.requestId });
  if (expired.length === 0) return;
  await ctx.db
    .update(privacyRequests)
    .set({ resultLocation: null })
    .where(
      inArray(
        privacyRequests.id,
        expired.map((e) => e.requestId),
      ),
    );
}

/** Drops records a later choice replaced; the latest per purpose stays, however old: it is the consent. */
async function purgeSupersededConsents(ctx: Ctx, policy: RetentionPolicy): Promise<void> {
  await ctx.db.execute(sql`
    delete from ${consentRecords} old
    where old.at < ${policy.cutoff('consent_history').toISOString()}::timestamptz
      and exists (
        select 1 from ${consentRecords} later
        where later.merchant_id = old.merchant_id and later.subject_id = old.subject_id
          and later.purpose = old.purpose and (later.at, later.id) > (old.at, old.id)
      )`);
}
