import { and, eq, sql } from 'drizzle-orm';
import type { Ctx } from '../../../platform/index.ts';
import { productRatings } from '../schema.ts';
import { toSummary, type RatingSummary } from '../views.ts';

const BUCKET_KEYS = ['rating1', 'rating2', 'rating3', 'rating4', 'rating5'] as const;

/**
 * Counts one visible review in (+1) or out (-1) of its product's summary, in the caller's transaction.
 * Each is one statement, so concurrent reviews of one product add up instead of overwriting. Counting
 * out is a plain UPDATE: the row exists (the review was counted in), and an upsert's proposed row of -1
 * would fail the table's non-negative check before the conflict is seen.
 */
export async function adjustRatingSummary(
  ctx: Ctx,
  productId: string,
  rating: 1 | 2 | 3 | 4 | 5,
  delta: 1 | -1,
): Promise<void> {
  const key = BUCKET_KEYS[rating - 1]!;
  const moved = {
    reviewCount: sql`${productRatings.reviewCount} + ${delta}`,
    ratingSum: sql`${productRatings.ratingSum} + ${rating * delta}`,
    [key]: sql`${productRatings[key]} + ${delta}`,
    updatedAt: new Date(),
  };
  if (delta < 0) {
    await ctx.db
      .update(productRatings)
      .set(moved)
      .where(and(eq(productRatings.merchantId, ctx.merchantId), eq(productRatings.productId, productId)));
    return;
  }
  const zero = { rating1: 0, rating2: 0, rating3: 0, rating4: 0, rating5: 0 };
  await ctx.db
    .insert(productRatings)
    .values({ merchantId: ctx.merchantId, productId, reviewCount: 1, ratingSum: rating, ...zero, [key]: 1 })
    .onConflictDoUpdate({ target: [productRatings.merchantId, productRatings.productId], set: moved });
}

export async function getRatingSummary(ctx: Ctx, productId: string): Promise<RatingSummary> {
  const [row] = await ctx.db
    .select()
    .from(productRatings)
    .where(and(eq(productRatings.merchantId, ctx.merchantId), eq(productRatings.productId, productId)));
  return toSummary(productId, row);
}
