import { and, eq } from 'drizzle-orm';
import { fail, ok, type Ctx, type Result } from '../../../platform/index.ts';
import { brands, categories } from '../schema.ts';

/** A product may only name this merchant's category and brand (no cross-module keys, but these are ours). */
export async function checkReferences(
  ctx: Ctx,
  refs: { categoryId?: string | null | undefined; brandId?: string | null | undefined },
): Promise<Result<void>> {
  if (refs.categoryId) {
    const [found] = await ctx.db
      .select({ id: categories.id })
      .from(categories)
      .where(and(eq(categories.merchantId, ctx.merchantId), eq(categories.id, refs.categoryId)));
    if (!found) return fail('CATEGORY_NOT_FOUND', undefined, { categoryId: refs.categoryId });
  }
  if (refs.brandId) {
    const [found] = await ctx.db
      .select({ id: brands.id })
      .from(brands)
      .where(and(eq(brands.merchantId, ctx.merchantId), eq(brands.id, refs.brandId)));
    if (!found) return fail('BRAND_NOT_FOUND', undefined, { brandId: refs.brandId });
  }
  return ok(undefined);
}
