import { and, asc, eq, lt } from 'drizzle-orm';
import type { DataSubject, PersonalDataContributor } from '../../platform/index.ts';
import { riskAssessments } from './schema.ts';
import { toRiskAssessment } from './views.ts';

const ofSubject = (s: DataSubject) =>
  and(eq(riskAssessments.merchantId, s.merchantId), eq(riskAssessments.customerId, s.customerId));

/**
 * Assessments are kept with the payments they judged (the review trail is the merchant's evidence), but
 * erasure removes the device and address indexes that could link the person to other accounts.
 */
export const riskPersonalData: PersonalDataContributor = {
  fields: ['risk_assessments.device_index', 'risk_assessments.address_index'],
  async exportSubject(ctx, subject) {
    const rows = await ctx.db
      .select()
      .from(riskAssessments)
      .where(ofSubject(subject))
      .orderBy(asc(riskAssessments.id));
    // The indexes are keyed hashes, meaningless to the person; the export says what was decided and why.
    return rows.length === 0 ? undefined : { paymentRiskAssessments: rows.map(toRiskAssessment) };
  },
  async eraseSubject(ctx, subject) {
    await ctx.db
      .update(riskAssessments)
      .set({ deviceIndex: null, addressIndex: null })
      .where(ofSubject(subject));
  },
  async purgeExpired(ctx, policy) {
    // Kept as long as the payments they judged.
    await ctx.db.delete(riskAssessments).where(lt(riskAssessments.createdAt, policy.cutoff('orders')));
  },
};
