import { asc, eq } from 'drizzle-orm';
import type { Ctx } from '../../../platform/index.ts';
import type { CategoryNode, CategoryView } from '../contracts/taxonomy.ts';
import { categories } from '../schema.ts';
import { localizedName } from './localize.ts';
import { toCategoryView } from './upsert-category.ts';

async function rowsOf(ctx: Ctx) {
  return ctx.db
    .select()
    .from(categories)
    .where(eq(categories.merchantId, ctx.merchantId))
    .orderBy(asc(categories.sortOrder), asc(categories.id));
}

/** Every category of the merchant, flat, siblings in display order (for the admin's editor). */
export async function listCategories(ctx: Ctx): Promise<CategoryView[]> {
  return (await rowsOf(ctx)).map(toCategoryView);
}

/** The category tree in the reader's locale, roots first, siblings by sort order. */
export async function categoryTree(ctx: Ctx): Promise<CategoryNode[]> {
  const rows = await rowsOf(ctx);
  const nodes = new Map<string, CategoryNode>(
    rows.map((r) => [
      r.id,
      { id: r.id, name: localizedName(r, ctx.locale), sortOrder: r.sortOrder, children: [] },
    ]),
  );
  const roots: CategoryNode[] = [];
  for (const row of rows) {
    const node = nodes.get(row.id)!;
    const parent = row.parentId ? nodes.get(row.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}
