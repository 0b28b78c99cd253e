import { and, asc, eq, lt } from 'drizzle-orm';
import type { DataSubject, PersonalDataContributor } from '../../platform/index.ts';
import { eventTypeOf } from './events/event-types.ts';
import { recommendEvents } from './schema.ts';

const ofSubject = (s: DataSubject) =>
  and(eq(recommendEvents.merchantId, s.merchantId), eq(recommendEvents.customerId, s.customerId));

/**
 * Behaviour joined to the person (only ever with their personalisation consent). Erasure deletes it; the
 * session-only rows were never linked to anyone and stay until the behaviour retention period ends.
 */
export const recommendPersonalData: PersonalDataContributor = {
  fields: [
    'recommend_events.customer_id',
    'recommend_events.product_id',
    'recommend_events.size',
    'recommend_events.at',
  ],
  async exportSubject(ctx, subject) {
    const rows = await ctx.db
      .select()
      .from(recommendEvents)
      .where(ofSubject(subject))
      .orderBy(asc(recommendEvents.at), asc(recommendEvents.id));
    if (rows.length === 0) return undefined;
    return {
      browsingAndPurchaseEvents: rows.map((row) => ({
        type: eventTypeOf(row.type) ?? 'unknown',
        productId: row.productId,
        value: row.value,
        size: row.size,
        orderId: row.orderId,
        at: row.at.toISOString(),
      })),
    };
  },
  async eraseSubject(ctx, subject) {
    await ctx.db.delete(recommendEvents).where(ofSubject(subject));
  },
  async purgeExpired(ctx, policy) {
    await ctx.db.delete(recommendEvents).where(lt(recommendEvents.at, policy.cutoff('behaviour')));
  },
};
