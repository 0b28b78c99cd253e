import { and, eq } from 'drizzle-orm';
import { emit, inTransaction, type Ctx } from '../../../platform/index.ts';
import { socialFavourites } from '../schema.ts';

/** Removes a favourite; false when it was not there (nothing is emitted then). */
export async function removeFavourite(ctx: Ctx, customerId: string, productId: string): Promise<boolean> {
  return inTransaction(ctx, async (tx) => {
    const removed = await tx.db
      .delete(socialFavourites)
      .where(
        and(
          eq(socialFavourites.merchantId, tx.merchantId),
          eq(socialFavourites.customerId, customerId),
          eq(socialFavourites.productId, productId),
        ),
      )
      .returning({ productId: socialFavourites.productId });
    if (removed.length === 0) return false;
    await emit(tx, 'social.unfavourited', { customerId, productId });
    return true;
  });
}
