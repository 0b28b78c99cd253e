import { and, eq } from 'drizzle-orm';
import { emit, fail, inTransaction, ok, type Ctx, type Result } from '../../../platform/index.ts';
import { products } from '../schema.ts';
import { lockProduct } from './lock-product.ts';

/** Drafts only: carts and orders may name products that are or were on sale, so those are archived instead. */
export async function deleteProduct(ctx: Ctx, productId: string): Promise<Result<void>> {
  return inTransaction(ctx, async (tx) => {
    const current = await lockProduct(tx, productId);
    if (!current) return fail('PRODUCT_NOT_FOUND');
    if (current.status !== 'draft') return fail('PRODUCT_NOT_DELETABLE', `The product is ${current.status}`);
    await tx.db
      .delete(products)
      .where(and(eq(products.merchantId, ctx.merchantId), eq(products.id, productId)));
    await emit(tx, 'product.deleted', { productId });
    return ok(undefined);
  });
}
