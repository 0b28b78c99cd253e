import { and, eq, sql } from 'drizzle-orm';
import { fail, inTransaction, newId, ok, type Ctx, type Result } from '../../../platform/index.ts';
import { checkInput } from '../contracts/common.ts';
import { CategoryInput, type CategoryView } from '../contracts/taxonomy.ts';
import { categories, type CategoryRow } from '../schema.ts';
import { nameColumns, nameFromColumns } from './localize.ts';

export function toCategoryView(row: CategoryRow): CategoryView {
  return { id: row.id, parentId: row.parentId, name: nameFromColumns(row), sortOrder: row.sortOrder };
}

/**
 * Serialises tree changes per merchant: two concurrent moves (A under B, B under A) could each pass
 * the cycle check on their own snapshot and together make a loop.
 */
export async function lockCategoryTree(tx: Ctx): Promise<void> {
  await tx.db.execute(sql`select pg_advisory_xact_lock(hashtext(${`catalog.categories:${tx.merchantId}`}))`);
}

/** Whether `ancestorId` is `categoryId` or lies on the path from `categoryId` up to the root. */
async function isSelfOrAncestor(tx: Ctx, ancestorId: string, categoryId: string): Promise<boolean> {
  const found = (await tx.db.execute(sql`
    with recursive up as (
        select id, parent_id from ${categories} where merchant_id = ${tx.merchantId} and id = ${categoryId}
      union all
        select c.id, c.parent_id from ${categories} c join up on c.id = up.parent_id
        where c.merchant_id = ${tx.merchantId}
    ) select id from up where id = ${ancestorId} limit 1`)) as unknown as { rows: unknown[] };
  return found.rows.length > 0;
}

/** Creates a category, or replaces one when `id` is given; moving it under its own subtree is refused. */
export async function upsertCategory(
  ctx: Ctx,
  raw: CategoryInput & { id?: string },
): Promise<Result<CategoryView>> {
  const { id, ...fields } = raw;
  const parsed = checkInput(CategoryInput, fields);
  if (!parsed.ok) return parsed;
  const input = parsed.value;
  const parentId = input.parentId ?? null;
  return inTransaction(ctx, async (tx) => {
    await lockCategoryTree(tx);
    if (parentId) {
      const [parent] = await tx.db
        .select({ id: categories.id })
        .from(categories)
        .where(and(eq(categories.merchantId, ctx.merchantId), eq(categories.id, parentId)));
      if (!parent) return fail('CATEGORY_NOT_FOUND', 'No such parent category', { categoryId: parentId });
    }
    const values = { ...nameColumns(input.name), parentId, sortOrder: input.sortOrder ?? 0 };
    if (!id) {
      const [row] = await tx.db
        .insert(categories)
        .values({ id: newId('cat'), merchantId: ctx.merchantId, ...values })
        .returning();
      return ok(toCategoryView(row!));
    }
    const where = and(eq(categories.merchantId, ctx.merchantId), eq(categories.id, id));
    const [current] = await tx.db.select({ id: categories.id }).from(categories).where(where);
    if (!current) return fail('CATEGORY_NOT_FOUND');
    if (parentId && (await isSelfOrAncestor(tx, id, parentId))) {
      return fail('CATEGORY_CYCLE', 'The new parent is this category or one of its descendants');
    }
    const [row] = await tx.db
      .update(categories)
      .set({ ...values, updatedAt: new Date() })
      .where(where)
      .returning();
    return ok(toCategoryView(row!));
  });
}
