import { and, eq } from 'drizzle-orm';
import { fail, ok, type Ctx, type Result } from '../../../platform/index.ts';
import type { AdminProductView } from '../contracts/product.ts';
import { products } from '../schema.ts';
import { toAdminViews } from './product-views.ts';

/** The merchant's view of one product in any status, with every SKU. */
export async function getProduct(ctx: Ctx, productId: string): Promise<Result<AdminProductView>> {
  const [row] = await ctx.db
    .select()
    .from(products)
    .where(and(eq(products.merchantId, ctx.merchantId), eq(products.id, productId)));
  if (!row) return fail('PRODUCT_NOT_FOUND');
  const [view] = await toAdminViews(ctx, [row]);
  return view ? ok(view) : fail('PRODUCT_NOT_FOUND');
}
