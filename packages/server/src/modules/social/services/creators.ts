import { and, count, desc, eq, inArray } from 'drizzle-orm';
import { customerIdOf, fail, ok, type Ctx, type Result } from '../../../platform/index.ts';
import { customerExists } from '../../customers/index.ts';
import { socialFavourites, socialFollows, socialProfiles } from '../schema.ts';
import type { CreatorPage, CreatorView } from '../views.ts';
import { productCards } from './product-cards.ts';

const PICKS_SHOWN = 50;

/** Marks a customer of the shop as a creator with a public name (again: renames them). Staff only. */
export async function markCreator(
  ctx: Ctx,
  customerId: string,
  displayName: string,
): Promise<Result<CreatorView>> {
  if (!(await customerExists(ctx, customerId))) return fail('CUSTOMER_NOT_FOUND');
  const now = new Date();
  const name = displayName.trim();
  if (name.length === 0) return fail('VALIDATION_FAILED');
  await ctx.db
    .insert(socialProfiles)
    .values({
      merchantId: ctx.merchantId,
      customerId,
      isCreator: true,
      creatorName: name,
      creatorSince: now,
      updatedAt: now,
    })
    .onConflictDoUpdate({
      target: [socialProfiles.merchantId, socialProfiles.customerId],
      // Renaming keeps the original creator_since.
      set: { isCreator: true, creatorName: name, updatedAt: now },
    });
  const [view] = await listCreators(ctx, customerId);
  return view ? ok(view) : fail('CUSTOMER_NOT_FOUND');
}

/** Ends a creator's status; their follows stay (followers keep them as a one-way follow of a shopper). */
export async function unmarkCreator(ctx: Ctx, customerId: string): Promise<Result<null>> {
  const updated = await ctx.db
    .update(socialProfiles)
    .set({ isCreator: false, creatorName: null, creatorSince: null, updatedAt: new Date() })
    .where(
      and(
        eq(socialProfiles.merchantId, ctx.merchantId),
        eq(socialProfiles.customerId, customerId),
        eq(socialProfiles.isCreator, true),
      ),
    )
    .returning({ customerId: socialProfiles.customerId });
  return updated.length > 0 ? ok(null) : fail('CREATOR_NOT_FOUND');
}

/** The shop's creators (or just `only`), newest first, with follower counts. */
export async function listCreators(ctx: Ctx, only?: string): Promise<CreatorView[]> {
  const rows = await ctx.db
    .select()
    .from(socialProfiles)
    .where(
      and(
        eq(socialProfiles.merchantId, ctx.merchantId),
        eq(socialProfiles.isCreator, true),
        only ? eq(socialProfiles.customerId, only) : undefined,
      ),
    )
    .orderBy(desc(socialProfiles.creatorSince))
    .limit(500);
  const followers = await followerCounts(
    ctx,
    rows.map((r) => r.customerId),
  );
  return rows.map((r) => ({
    customerId: r.customerId,
    displayName: r.creatorName ?? '',
    followers: followers.get(r.customerId) ?? 0,
    since: (r.creatorSince ?? r.updatedAt).toISOString(),
  }));
}

/**
 * A creator's public page: their name, follower count and public picks (favourites they made public,
 * newest first). Anyone may read it; for an account that is not a creator it does not exist.
 */
export async function getCreatorPage(ctx: Ctx, creatorId: string): Promise<Result<CreatorPage>> {
  const [creator] = await listCreators(ctx, creatorId);
  if (!creator) return fail('CREATOR_NOT_FOUND');
  const picks = await ctx.db
    .select({ productId: socialFavourites.productId })
    .from(socialFavourites)
    .where(
      and(
        eq(socialFavourites.merchantId, ctx.merchantId),
        eq(socialFavourites.customerId, creatorId),
        eq(socialFavourites.visibility, 'public'),
      ),
    )
    .orderBy(desc(socialFavourites.createdAt))
    .limit(PICKS_SHOWN);
  const cards = await productCards(
    ctx,
    picks.map((p) => p.productId),
  );
  const viewer = customerIdOf(ctx);
  let following = false;
  if (viewer) {
    const [row] = await ctx.db
      .select({ n: count() })
      .from(socialFollows)
      .where(
        and(
          eq(socialFollows.merchantId, ctx.merchantId),
          eq(socialFollows.followerId, viewer),
          eq(socialFollows.followeeId, creatorId),
        ),
      );
    following = (row?.n ?? 0) > 0;
  }
  return ok({
    customerId: creator.customerId,
    displayName: creator.displayName,
    followers: creator.followers,
    following,
    picks: picks.flatMap((p) => {
      const card = cards.get(p.productId);
      return card ? [card] : [];
    }),
  });
}

async function followerCounts(ctx: Ctx, ids: string[]): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const rows = await ctx.db
    .select({ id: socialFollows.followeeId, n: count() })
    .from(socialFollows)
    .where(and(eq(socialFollows.merchantId, ctx.merchantId), inArray(socialFollows.followeeId, ids)))
    .groupBy(socialFollows.followeeId);
  return new Map(rows.map((r) => [r.id, Number(r.n)]));
}
