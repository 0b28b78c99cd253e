import { and, desc, eq } from 'drizzle-orm';
import type { ConsentPurpose, Db } from '../../../../platform/index.ts';
import { consentRecords } from '../tables.ts';

export interface ConsentState {
  purpose: ConsentPurpose;
  granted: boolean;
  noticeVersion: string;
  method: string;
  channel: string;
  at: Date;
}

/**
 * The latest record per purpose for one person. Takes a bare db because the request hook loads it before
 * any ctx exists (the session names the merchant). Unrecorded purposes are absent: not granted.
 */
export async function currentConsents(
  db: Db,
  merchantId: string,
  subjectId: string,
): Promise<Map<ConsentPurpose, ConsentState>> {
  const rows = await db
    .selectDistinctOn([consentRecords.purpose], {
      purpose: consentRecords.purpose,
      granted: consentRecords.granted,
      noticeVersion: consentRecords.noticeVersion,
      method: consentRecords.method,
      channel: consentRecords.channel,
      at: consentRecords.at,
    })
    .from(consentRecords)
    .where(and(eq(consentRecords.merchantId, merchantId), eq(consentRecords.subjectId, subjectId)))
    .orderBy(consentRecords.purpose, desc(consentRecords.at), desc(consentRecords.id));
  return new Map(
    rows.map((row) => [row.purpose as ConsentPurpose, { ...row, purpose: row.purpose as ConsentPurpose }]),
  );
}

/** The purposes a person has granted now: what each signed-in request carries as ctx.consent. */
export async function grantedConsents(
  db: Db,
  merchantId: string,
  subjectId: string,
): Promise<ReadonlySet<ConsentPurpose>> {
  const states = await currentConsents(db, merchantId, subjectId);
  return new Set([...states.values()].filter((s) => s.granted).map((s) => s.purpose));
}
