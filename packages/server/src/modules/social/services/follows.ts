import { and, desc, eq, sql } from 'drizzle-orm';
import { fail, ok, type Ctx, type Result } from '../../../platform/index.ts';
import { customerExists } from '../../customers/index.ts';
import { socialFollows, socialProfiles } from '../schema.ts';
import type { FollowView } from '../views.ts';

/**
 * Follows another shopper or a creator of the same shop (following again changes nothing). Unknown,
 * erased and other merchants' accounts are CUSTOMER_NOT_FOUND; following oneself is refused.
 */
export async function follow(ctx: Ctx, followerId: string, followeeId: string): Promise<Result<FollowView>> {
  if (followerId === followeeId) return fail('CANNOT_FOLLOW_SELF');
  if (!(await customerExists(ctx, followeeId))) return fail('CUSTOMER_NOT_FOUND');
  await ctx.db
    .insert(socialFollows)
    .values({ merchantId: ctx.merchantId, followerId, followeeId, createdAt: new Date() })
    .onConflictDoNothing();
  const [view] = await listFollowing(ctx, followerId, followeeId);
  return view ? ok(view) : fail('CUSTOMER_NOT_FOUND');
}

export async function unfollow(ctx: Ctx, followerId: string, followeeId: string): Promise<boolean> {
  const removed = await ctx.db
    .delete(socialFollows)
    .where(
      and(
        eq(socialFollows.merchantId, ctx.merchantId),
        eq(socialFollows.followerId, followerId),
        eq(socialFollows.followeeId, followeeId),
      ),
    )
    .returning({ followeeId: socialFollows.followeeId });
  return removed.length > 0;
}

/** Whom the shopper follows (or just `only`), newest first, with friendship and creator names. */
export async function listFollowing(ctx: Ctx, followerId: string, only?: string): Promise<FollowView[]> {
  const rows = await ctx.db
    .select({
      customerId: socialFollows.followeeId,
      since: socialFollows.createdAt,
      isCreator: socialProfiles.isCreator,
      creatorName: socialProfiles.creatorName,
      friend: sql<boolean>`exists (
        select 1 from ${socialFollows} back
        where back.merchant_id = ${socialFollows.merchantId} and back.follower_id = ${socialFollows.followeeId}
          and back.followee_id = ${socialFollows.followerId})`,
    })
    .from(socialFollows)
    .leftJoin(
      socialProfiles,
      and(
        eq(socialProfiles.merchantId, socialFollows.merchantId),
        eq(socialProfiles.customerId, socialFollows.followeeId),
      ),
    )
    .where(
      and(
        eq(socialFollows.merchantId, ctx.merchantId),
        eq(socialFollows.followerId, followerId),
        only ? eq(socialFollows.followeeId, only) : undefined,
      ),
    )
    .orderBy(desc(socialFollows.createdAt))
    .limit(500);
  return rows.map((r) => ({
    customerId: r.customerId,
    friend: Boolean(r.friend),
    creatorName: r.isCreator ? (r.creatorName ?? null) : null,
    since: r.since.toISOString(),
  }));
}
