import { and, eq } from 'drizzle-orm';
import { emit, fail, inTransaction, type Ctx, type Result } from '../../../platform/index.ts';
import type { AdminProductView } from '../contracts/product.ts';
import { products, type ProductStatus } from '../schema.ts';
import { getProduct } from './get-product.ts';
import { lockProduct } from './lock-product.ts';

/**
 * Publishes, unpublishes or archives a product. Setting the status it already has changes nothing and
 * emits nothing, so retries are harmless.
 */
export async function changeProductStatus(
  ctx: Ctx,
  productId: string,
  status: ProductStatus,
): Promise<Result<AdminProductView>> {
  return inTransaction(ctx, async (tx) => {
    const current = await lockProduct(tx, productId);
    if (!current) return fail('PRODUCT_NOT_FOUND');
    if (current.status !== status) {
      await tx.db
        .update(products)
        .set({ status, updatedAt: new Date() })
        .where(and(eq(products.merchantId, ctx.merchantId), eq(products.id, productId)));
      await emit(tx, status === 'archived' ? 'product.archived' : 'product.updated', { productId });
    }
    return getProduct(tx, productId);
  });
}
