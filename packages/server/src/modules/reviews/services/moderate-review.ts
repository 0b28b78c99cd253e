import { and, eq, gte, sql } from 'drizzle-orm';
import { emit, fail, inTransaction, ok, type Ctx, type Result } from '../../../platform/index.ts';
import { reviews } from '../schema.ts';
import { roundRating, toReview, type Reputation, type ReviewView } from '../views.ts';
import { adjustRatingSummary } from './rating-summary.ts';

const staffIdOf = (ctx: Ctx) => (ctx.actor.kind === 'staff' ? ctx.actor.staffId : 'system');

/**
 * Hides a review from the public (or shows it again), moving its rating out of (or back into) the
 * product's summary in the same transaction. Doing what is already done changes nothing.
 */
export async function setReviewVisibility(
  ctx: Ctx,
  reviewId: string,
  visible: boolean,
  reason?: string,
): Promise<Result<ReviewView>> {
  return inTransaction(ctx, async (tx) => {
    const from = visible ? 'hidden' : 'visible';
    const [changed] = await tx.db
      .update(reviews)
      .set(
        visible
          ? { status: 'visible', hiddenBy: null, hiddenAt: null, hiddenReason: null }
          : { status: 'hidden', hiddenBy: staffIdOf(tx), hiddenAt: new Date(), hiddenReason: reason ?? null },
      )
      .where(and(eq(reviews.merchantId, tx.merchantId), eq(reviews.id, reviewId), eq(reviews.status, from)))
      .returning();
    if (changed) {
      await adjustRatingSummary(tx, changed.productId, changed.rating as 1 | 2 | 3 | 4 | 5, visible ? 1 : -1);
      await emit(tx, 'review.visibility_changed', { reviewId, productId: changed.productId, visible });
      return ok(toReview(changed));
    }
    const [current] = await tx.db
      .select()
      .from(reviews)
      .where(and(eq(reviews.merchantId, tx.merchantId), eq(reviews.id, reviewId)));
    return current ? ok(toReview(current)) : fail('REVIEW_NOT_FOUND');
  });
}

/** The shop's public answer to a review; a second reply replaces the first. */
export async function replyToReview(ctx: Ctx, reviewId: string, reply: string): Promise<Result<ReviewView>> {
  const [row] = await ctx.db
    .update(reviews)
    .set({ reply, repliedBy: staffIdOf(ctx), repliedAt: new Date() })
    .where(and(eq(reviews.merchantId, ctx.merchantId), eq(reviews.id, reviewId)))
    .returning();
  return row ? ok(toReview(row)) : fail('REVIEW_NOT_FOUND');
}

export const REPUTATION_WINDOW_DAYS = 90;

/**
 * The merchant's reputation: the mean rating of its visible reviews written in the last 90 days,
 * computed when asked (an index on (merchant, created_at) bounds the scan to the window).
 */
export async function merchantReputation(ctx: Ctx, now = new Date()): Promise<Reputation> {
  const since = new Date(now.getTime() - REPUTATION_WINDOW_DAYS * 24 * 60 * 60 * 1000);
  const [row] = await ctx.db
    .select({
      count: sql<number>`count(*)::int`,
      sum: sql<number>`coalesce(sum(${reviews.rating}), 0)::int`,
    })
    .from(reviews)
    .where(
      and(
        eq(reviews.merchantId, ctx.merchantId),
        eq(reviews.status, 'visible'),
        gte(reviews.createdAt, since),
      ),
    );
  const count = row?.count ?? 0;
  return {
    average: count === 0 ? null : roundRating((row?.sum ?? 0) / count),
    count,
    windowDays: REPUTATION_WINDOW_DAYS,
    since: since.toISOString(),
  };
}
