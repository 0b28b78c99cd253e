import { and, desc, eq, lt, type SQL } from 'drizzle-orm';
import { decodeCursor, toPage, type Ctx } from '../../../platform/index.ts';
import { reviews, type ReviewRow, type ReviewStatus } from '../schema.ts';
import { toPublicReview, toReview, type PublicReview, type ReviewView } from '../views.ts';

export interface ReviewFilter {
  productId?: string | undefined;
  status?: ReviewStatus | undefined;
  rating?: number | undefined;
  limit?: number | undefined;
  cursor?: string | undefined;
}

/** Newest first; the cursor is the last review's id (ULIDs sort by time). */
async function pageOfReviews(ctx: Ctx, filter: ReviewFilter) {
  const limit = filter.limit ?? 20;
  const after = decodeCursor(filter.cursor, ['id'] as const);
  const conditions: (SQL | undefined)[] = [
    eq(reviews.merchantId, ctx.merchantId),
    filter.productId ? eq(reviews.productId, filter.productId) : undefined,
    filter.status ? eq(reviews.status, filter.status) : undefined,
    filter.rating ? eq(reviews.rating, filter.rating) : undefined,
    after ? lt(reviews.id, after.id) : undefined,
  ];
  const rows = await ctx.db
    .select()
    .from(reviews)
    .where(and(...conditions))
    .orderBy(desc(reviews.id))
    .limit(limit + 1);
  return toPage(rows, limit, (row: ReviewRow) => ({ id: row.id }));
}

/** A product's visible reviews, for anyone. */
export async function listProductReviews(
  ctx: Ctx,
  productId: string,
  filter: Pick<ReviewFilter, 'rating' | 'limit' | 'cursor'>,
): Promise<{ items: PublicReview[]; nextCursor: string | null }> {
  const page = await pageOfReviews(ctx, { ...filter, productId, status: 'visible' });
  return { items: page.items.map(toPublicReview), nextCursor: page.nextCursor };
}

/** Every review of the shop, hidden ones included, for moderation. */
export async function listReviewsForModeration(
  ctx: Ctx,
  filter: ReviewFilter,
): Promise<{ items: ReviewView[]; nextCursor: string | null }> {
  const page = await pageOfReviews(ctx, filter);
  return { items: page.items.map(toReview), nextCursor: page.nextCursor };
}

/** The shopper's reviews of one of their orders (the order page shows which items are reviewed). */
export async function listMyOrderReviews(
  ctx: Ctx,
  customerId: string,
  orderId: string,
): Promise<ReviewView[]> {
  const rows = await ctx.db
    .select()
    .from(reviews)
    .where(
      and(
        eq(reviews.merchantId, ctx.merchantId),
        eq(reviews.customerId, customerId),
        eq(reviews.orderId, orderId),
      ),
    )
    .orderBy(desc(reviews.id));
  return rows.map(toReview);
}
