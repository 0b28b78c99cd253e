import { and, eq } from 'drizzle-orm';
import { fail, inTransaction, ok, type Ctx, type Result } from '../../../platform/index.ts';
import { brands, products } from '../schema.ts';

/** A brand still named by products stays: deleting it would silently strip them of their brand. */
export async function deleteBrand(ctx: Ctx, brandId: string): Promise<Result<void>> {
  return inTransaction(ctx, async (tx) => {
    const where = and(eq(brands.merchantId, ctx.merchantId), eq(brands.id, brandId));
    const [current] = await tx.db.select({ id: brands.id }).from(brands).where(where).for('update');
    if (!current) return fail('BRAND_NOT_FOUND');
    const [user] = await tx.db
      .select({ id: products.id })
      .from(products)
      .where(and(eq(products.merchantId, ctx.merchantId), eq(products.brandId, brandId)))
      .limit(1);
    if (user) return fail('BRAND_IN_USE', undefined, { productId: user.id });
    await tx.db.delete(brands).where(where);
    return ok(undefined);
  });
}
