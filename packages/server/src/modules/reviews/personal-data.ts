import { and, asc, eq } from 'drizzle-orm';
import type { DataSubject, PersonalDataContributor } from '../../platform/index.ts';
import { reviews } from './schema.ts';

const ofSubject = (s: DataSubject) =>
  and(eq(reviews.merchantId, s.merchantId), eq(reviews.customerId, s.customerId));

/**
 * A shopper's reviews. Erasure anonymises them: the link to the person, the masked name, the text and
 * the photos go; the star rating stays, unattributed, so products' summaries do not move.
 */
export const reviewsPersonalData: PersonalDataContributor = {
  fields: ['reviews.customer_id', 'reviews.reviewer_name', 'reviews.body', 'reviews.image_urls'],
  async exportSubject(ctx, subject) {
    const rows = await ctx.db.select().from(reviews).where(ofSubject(subject)).orderBy(asc(reviews.id));
    if (rows.length === 0) return undefined;
    return {
      reviews: rows.map((r) => ({
        id: r.id,
        productId: r.productId,
        orderId: r.orderId,
        rating: r.rating,
        body: r.body,
        imageUrls: r.imageUrls,
        shownAs: r.reviewerName,
        status: r.status,
        createdAt: r.createdAt.toISOString(),
      })),
    };
  },
  async eraseSubject(ctx, subject) {
    await ctx.db
      .update(reviews)
      .set({ customerId: null, reviewerName: null, body: '', imageUrls: [] })
      .where(ofSubject(subject));
  },
};
