import { and, eq, inArray } from 'drizzle-orm';
import { emit, fail, inTransaction, ok, type Ctx, type Result } from '../../../platform/index.ts';
import { socialFavourites, type FavouriteVisibility } from '../schema.ts';
import { productOnSale } from './product-cards.ts';
import { defaultVisibilityOf } from './social-profile.ts';

export interface SavedFavourite {
  productId: string;
  visibility: FavouriteVisibility;
  createdAt: Date;
}

/**
 * Favourites a product on sale (PUT semantics: saving it again changes only the visibility, when one is
 * given, and emits nothing). social.favourited goes out with the row, in the same transaction.
 */
export async function saveFavourite(
  ctx: Ctx,
  customerId: string,
  productId: string,
  visibility?: FavouriteVisibility,
): Promise<Result<SavedFavourite>> {
  if (!(await productOnSale(ctx, productId))) return fail('PRODUCT_NOT_FOUND');
  return inTransaction(ctx, async (tx) => {
    const where = and(
      eq(socialFavourites.merchantId, tx.merchantId),
      eq(socialFavourites.customerId, customerId),
      eq(socialFavourites.productId, productId),
    );
    const [existing] = await tx.db.select().from(socialFavourites).where(where).for('update');
    if (existing) {
      if (visibility && visibility !== existing.visibility)
        await tx.db.update(socialFavourites).set({ visibility }).where(where);
      return ok({ productId, visibility: visibility ?? existing.visibility, createdAt: existing.createdAt });
    }
    const row = {
      merchantId: tx.merchantId,
      customerId,
      productId,
      visibility: visibility ?? (await defaultVisibilityOf(tx, customerId)),
      createdAt: new Date(),
    };
    const inserted = await tx.db.insert(socialFavourites).values(row).onConflictDoNothing().returning();
    // A concurrent save of the same product won the race: it emitted the event.
    if (inserted.length > 0) await emit(tx, 'social.favourited', { customerId, productId });
    return ok({ productId, visibility: row.visibility, createdAt: row.createdAt });
  });
}

export const MAX_MERGED_FAVOURITES = 200;

/**
 * Adds a guest's device favourites to the account at sign-in: products no longer on sale and ones
 * already favourited are skipped, so merging twice changes nothing. Returns how many were added.
 */
export async function mergeFavourites(
  ctx: Ctx,
  customerId: string,
  productIds: readonly string[],
): Promise<number> {
  const wanted = [...new Set(productIds)].slice(0, MAX_MERGED_FAVOURITES);
  if (wanted.length === 0) return 0;
  const held = await ctx.db
    .select({ productId: socialFavourites.productId })
    .from(socialFavourites)
    .where(
      and(
        eq(socialFavourites.merchantId, ctx.merchantId),
        eq(socialFavourites.customerId, customerId),
        inArray(socialFavourites.productId, wanted),
      ),
    );
  const already = new Set(held.map((h) => h.productId));
  let added = 0;
  for (const productId of wanted) {
    if (already.has(productId)) continue;
    const saved = await saveFavourite(ctx, customerId, productId);
    if (saved.ok) added += 1;
  }
  return added;
}
