import { Type, type Static } from 'typebox';
import { getCustomer } from '../../customers/index.ts';
import { getOrderLines } from '../../orders/index.ts';
import {
  newId,
  emit,
  fail,
  FreeText,
  inTransaction,
  ok,
  type Ctx,
  type Result,
} from '../../../platform/index.ts';
import { maskReviewerName } from '../mask.ts';
import { reviews } from '../schema.ts';
import { toReview, type ReviewView } from '../views.ts';
import { adjustRatingSummary } from './rating-summary.ts';

export const ReviewInput = Type.Object(
  {
    // Unknown ids answer 404 from the order look-up, as elsewhere in the store API.
    orderId: Type.String({ minLength: 1, maxLength: 64 }),
    orderItemId: Type.String({ minLength: 1, maxLength: 64 }),
    rating: Type.Integer({ minimum: 1, maximum: 5 }),
    body: Type.Optional(FreeText({ maxLength: 1000, description: 'Up to 1000 characters; no card numbers' })),
    imageUrls: Type.Optional(
      Type.Array(Type.String({ format: 'uri', pattern: '^https?://', maxLength: 500 }), {
        maxItems: 6,
        uniqueItems: true,
      }),
    ),
  },
  { additionalProperties: false },
);
export type ReviewInput = Static<typeof ReviewInput>;

/** The order states in which the goods have arrived: only then can they be reviewed. */
const REVIEWABLE = new Set(['delivered', 'completed']);

/**
 * The signed-in shopper reviews one item of their own delivered or completed order, once. The summary
 * is adjusted and `review.created` emitted in the same transaction as the review.
 */
export async function createReview(ctx: Ctx, input: ReviewInput): Promise<Result<ReviewView>> {
  if (ctx.actor.kind !== 'shopper') return fail('UNAUTHENTICATED');
  const customerId = ctx.actor.customerId;
  // ORDER_NOT_FOUND for another shopper's order. Lines and status only: a review has no business
  // opening the delivery address, which would be an audited personal-data read.
  const order = await getOrderLines(ctx, input.orderId);
  if (!order.ok) return order;
  const item = order.value.items.find((i) => i.id === input.orderItemId);
  if (!item) return fail('REVIEW_NOT_ELIGIBLE', 'The order has no such item');
  if (!REVIEWABLE.has(order.value.status)) {
    return fail('REVIEW_NOT_ELIGIBLE', `The order is ${order.value.status}`);
  }
  const customer = await getCustomer(ctx, customerId, 'self');
  if (!customer.ok) return customer;
  return inTransaction(ctx, async (tx) => {
    const [row] = await tx.db
      .insert(reviews)
      .values({
        id: newId('rev'),
        merchantId: tx.merchantId,
        productId: item.productId,
        skuId: item.skuId,
        specs: item.specs,
        orderId: input.orderId,
        orderItemId: item.id,
        customerId,
        reviewerName: maskReviewerName(customer.value.displayName),
        rating: input.rating,
        body: input.body ?? '',
        imageUrls: input.imageUrls ?? [],
        status: 'visible',
      })
      .onConflictDoNothing()
      .returning();
    if (!row) return fail('REVIEW_ALREADY_EXISTS');
    await adjustRatingSummary(tx, row.productId, input.rating as 1 | 2 | 3 | 4 | 5, 1);
    await emit(tx, 'review.created', {
      reviewId: row.id,
      productId: row.productId,
      skuId: row.skuId,
      rating: row.rating,
    });
    return ok(toReview(row));
  });
}
