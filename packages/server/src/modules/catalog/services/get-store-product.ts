import { and, eq } from 'drizzle-orm';
import { fail, ok, type Ctx, type Result } from '../../../platform/index.ts';
import type { StoreProductView } from '../contracts/product.ts';
import { products } from '../schema.ts';
import { toStoreProduct } from './store-views.ts';

/** Drafts, archived products and other shops' products do not exist as far as a shopper can tell. */
export async function getStoreProduct(ctx: Ctx, productId: string): Promise<Result<StoreProductView>> {
  const [row] = await ctx.db
    .select()
    .from(products)
    .where(
      and(eq(products.merchantId, ctx.merchantId), eq(products.id, productId), eq(products.status, 'active')),
    );
  if (!row) return fail('PRODUCT_NOT_FOUND');
  return ok(await toStoreProduct(ctx, row));
}
