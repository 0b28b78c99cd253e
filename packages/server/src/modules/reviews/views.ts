import { Type, type Static, type TSchema } from 'typebox';
import { REVIEW_STATUSES, type ProductRatingRow, type ReviewRow } from './schema.ts';

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const Timestamp = Type.String({ format: 'date-time' });

export const RatingSummarySchema = Type.Object({
  productId: Type.String(),
  count: Type.Integer({ minimum: 0 }),
  /** Mean of the visible ratings, rounded to two decimals; 0 when there are none. */
  average: Type.Number({ minimum: 0, maximum: 5 }),
  /** How many visible reviews gave each rating, "1" to "5". */
  distribution: Type.Object({
    1: Type.Integer({ minimum: 0 }),
    2: Type.Integer({ minimum: 0 }),
    3: Type.Integer({ minimum: 0 }),
    4: Type.Integer({ minimum: 0 }),
    5: Type.Integer({ minimum: 0 }),
  }),
});
export type RatingSummary = Static<typeof RatingSummarySchema>;

/** What anyone may read: the reviewer masked, the merchant's reply. */
export const PublicReviewSchema = Type.Object({
  id: Type.String(),
  productId: Type.String(),
  skuId: Type.String(),
  specs: Type.Record(Type.String(), Type.String()),
  /** Masked ("张*"); null once the reviewer's data was erased. */
  reviewerName: Nullable(Type.String()),
  rating: Type.Integer({ minimum: 1, maximum: 5 }),
  body: Type.String(),
  imageUrls: Type.Array(Type.String()),
  reply: Nullable(Type.String()),
  repliedAt: Nullable(Timestamp),
  createdAt: Timestamp,
});
export type PublicReview = Static<typeof PublicReviewSchema>;

/** The shopper's own review (on their order) and the console's moderation view. */
export const ReviewSchema = Type.Object({
  ...PublicReviewSchema.properties,
  orderId: Type.String(),
  orderItemId: Type.String(),
  status: Type.Enum(REVIEW_STATUSES),
  hiddenAt: Nullable(Timestamp),
  hiddenReason: Nullable(Type.String()),
});
export type ReviewView = Static<typeof ReviewSchema>;

export const ReputationSchema = Type.Object({
  /** Mean rating of the shop's visible reviews written in the window, two decimals; null with none. */
  average: Nullable(Type.Number({ minimum: 1, maximum: 5 })),
  count: Type.Integer({ minimum: 0 }),
  windowDays: Type.Integer(),
  since: Timestamp,
});
export type Reputation = Static<typeof ReputationSchema>;

const iso = (d: Date | null) => (d ? d.toISOString() : null);
export const roundRating = (value: number) => Math.round(value * 100) / 100;

export function toPublicReview(row: ReviewRow): PublicReview {
  return {
    id: row.id,
    productId: row.productId,
    skuId: row.skuId,
    specs: row.specs,
    reviewerName: row.reviewerName,
    rating: row.rating,
    body: row.body,
    imageUrls: row.imageUrls,
    reply: row.reply,
    repliedAt: iso(row.repliedAt),
    createdAt: row.createdAt.toISOString(),
  };
}

export function toReview(row: ReviewRow): ReviewView {
  return {
    ...toPublicReview(row),
    orderId: row.orderId,
    orderItemId: row.orderItemId,
    status: row.status,
    hiddenAt: iso(row.hiddenAt),
    hiddenReason: row.hiddenReason,
  };
}

export function toSummary(productId: string, row: ProductRatingRow | undefined): RatingSummary {
  const count = row?.reviewCount ?? 0;
  return {
    productId,
    count,
    average: count === 0 ? 0 : roundRating((row?.ratingSum ?? 0) / count),
    distribution: {
      1: row?.rating1 ?? 0,
      2: row?.rating2 ?? 0,
      3: row?.rating3 ?? 0,
      4: row?.rating4 ?? 0,
      5: row?.rating5 ?? 0,
    },
  };
}
