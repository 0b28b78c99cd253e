import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../../../platform/index.ts';
import { products, type ProductRow } from '../schema.ts';

/** Locks the product row for the rest of the transaction, so concurrent edits of it and its SKUs queue up. */
export async function lockProduct(tx: Ctx, productId: string): Promise<ProductRow | undefined> {
  const [row] = await tx.db
    .select()
    .from(products)
    .where(and(eq(products.merchantId, tx.merchantId), eq(products.id, productId)))
    .for('update');
  return row;
}

export async function touchProduct(tx: Ctx, productId: string): Promise<void> {
  await tx.db
    .update(products)
    .set({ updatedAt: new Date() })
    .where(and(eq(products.merchantId, tx.merchantId), eq(products.id, productId)));
}
