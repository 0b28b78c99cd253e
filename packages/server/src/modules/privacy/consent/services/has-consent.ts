import { and, desc, eq } from 'drizzle-orm';
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
