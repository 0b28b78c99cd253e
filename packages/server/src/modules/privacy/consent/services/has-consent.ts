import { and, desc, eq, inArray } from 'drizzle-orm';
import { customerIdOf, type ConsentPurpose, type Ctx } from '../../../../platform/index.ts';
import { consentRecords } from '../tables.ts';

/**
 * The one guard recommendations, campaigns and analytics call before using a person's data for a
 * purpose. Reads the database every time, never a cache, so a withdrawal bites on the very next call,
 * from any process. No record means no consent (PIPL is opt-in), and each purpose stands alone:
 * consent to personalisation says nothing about sensitive data.
 */
export async function hasConsent(ctx: Ctx, subjectId: string, purpose: ConsentPurpose): Promise<boolean> {
  const [latest] = await ctx.db
    .select({ granted: consentRecords.granted })
    .from(consentRecords)
    .where(
      and(
        eq(consentRecords.merchantId, ctx.merchantId),
        eq(consentRecords.subjectId, subjectId),
        eq(consentRecords.purpose, purpose),
      ),
    )
    .orderBy(desc(consentRecords.at), desc(consentRecords.id))
    .limit(1);
  return latest?.granted ?? false;
}

/**
 * hasConsent for many people at once (aggregates such as the shopper portrait): the subjects among
 * `subjectIds` whose latest record for `purpose` grants it, read fresh in one query. Order is kept.
 */
export async function subjectsWithConsent(
  ctx: Ctx,
  subjectIds: readonly string[],
  purpose: ConsentPurpose,
): Promise<string[]> {
  if (subjectIds.length === 0) return [];
  const granted = new Set<string>();
  // Chunks keep the parameter list within what both drivers accept.
  for (let i = 0; i < subjectIds.length; i += 5000) {
    const rows = await ctx.db
      .selectDistinctOn([consentRecords.subjectId], {
        subjectId: consentRecords.subjectId,
        granted: consentRecords.granted,
      })
      .from(consentRecords)
      .where(
        and(
          eq(consentRecords.merchantId, ctx.merchantId),
          eq(consentRecords.purpose, purpose),
          inArray(consentRecords.subjectId, subjectIds.slice(i, i + 5000)),
        ),
      )
      .orderBy(consentRecords.subjectId, desc(consentRecords.at), desc(consentRecords.id));
    for (const row of rows) if (row.granted) granted.add(row.subjectId);
  }
  return subjectIds.filter((id) => granted.has(id));
}

export type PersonalisationMode = 'personalised' | 'non_personalised';

/**
 * Whether a feed or push built for this request may use the shopper's history. Synchronous: it reads
 * ctx.consent, which the request hook loads fresh from the database for every signed-in request. Guests,
 * staff and jobs get the non-personalised mode; a job acting for one person asks hasConsent instead.
 */
export function personalisationMode(ctx: Ctx): PersonalisationMode {
  if (customerIdOf(ctx) === undefined) return 'non_personalised';
  return ctx.consent.has('personalisation') ? 'personalised' : 'non_personalised';
}
