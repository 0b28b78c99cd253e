import { and, desc, eq, lt, or, type SQL } from 'drizzle-orm';
import { AppError, decodeCursor, toPage, type Ctx } from '../../../platform/index.ts';
import { socialFavourites } from '../schema.ts';
import type { FavouriteView } from '../views.ts';
import { productCards } from './product-cards.ts';

/** The shopper's favourites, newest first, keyset-paginated on (created_at, product id), with cards. */
export async function listFavourites(
  ctx: Ctx,
  customerId: string,
  page: { limit: number; cursor?: string | undefined },
): Promise<{ items: FavouriteView[]; nextCursor: string | null }> {
  const after = decodeCursor(page.cursor, ['at', 'id'] as const);
  const conditions: SQL[] = [
    eq(socialFavourites.merchantId, ctx.merchantId),
    eq(socialFavourites.customerId, customerId),
  ];
  if (after) {
    const at = new Date(after.at);
    if (Number.isNaN(at.getTime())) throw new AppError('INVALID_CURSOR');
    conditions.push(
      or(
        lt(socialFavourites.createdAt, at),
        and(eq(socialFavourites.createdAt, at), lt(socialFavourites.productId, after.id)),
      )!,
    );
  }
  const rows = await ctx.db
    .select()
    .from(socialFavourites)
    .where(and(...conditions))
    .orderBy(desc(socialFavourites.createdAt), desc(socialFavourites.productId))
    .limit(page.limit + 1);
  const paged = toPage(rows, page.limit, (r) => ({ at: r.createdAt.toISOString(), id: r.productId }));
  const cards = await productCards(
    ctx,
    paged.items.map((r) => r.productId),
  );
  return {
    items: paged.items.map((r) => ({
      productId: r.productId,
      visibility: r.visibility,
      createdAt: r.createdAt.toISOString(),
      product: cards.get(r.productId) ?? null,
    })),
    nextCursor: paged.nextCursor,
  };
}
