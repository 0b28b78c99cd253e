import { and, eq } from 'drizzle-orm';
import { fail, inTransaction, ok, type Ctx, type Result } from '../../../platform/index.ts';
import { categories, products } from '../schema.ts';
import { lockCategoryTree } from './upsert-category.ts';

/** Only an empty category goes: products and subcategories are never silently re-homed. */
export async function deleteCategory(ctx: Ctx, categoryId: string): Promise<Result<void>> {
  return inTransaction(ctx, async (tx) => {
    await lockCategoryTree(tx);
    const where = and(eq(categories.merchantId, ctx.merchantId), eq(categories.id, categoryId));
    const [current] = await tx.db.select({ id: categories.id }).from(categories).where(where);
    if (!current) return fail('CATEGORY_NOT_FOUND');
    const [child] = await tx.db
      .select({ id: categories.id })
      .from(categories)
      .where(and(eq(categories.merchantId, ctx.merchantId), eq(categories.parentId, categoryId)))
      .limit(1);
    const [product] = await tx.db
      .select({ id: products.id })
      .from(products)
      .where(and(eq(products.merchantId, ctx.merchantId), eq(products.categoryId, categoryId)))
      .limit(1);
    if (child || product) {
      return fail('CATEGORY_NOT_EMPTY', child ? 'It has subcategories' : 'Products are filed under it');
    }
    await tx.db.delete(categories).where(where);
    return ok(undefined);
  });
}
