import { and, asc, eq, gt, inArray, isNotNull } from 'drizzle-orm';
import type { Ctx } from '../../../platform/index.ts';
import type { ProductTexts } from '../contracts/product.ts';
import type { LocalizedName } from '../contracts/common.ts';
import { brands, categories, products, skus, type AttributeValue } from '../schema.ts';
import { nameFromColumns } from './localize.ts';
import { groupByProduct, loadTexts } from './product-views.ts';

/** What a search index or an export needs of an active product, in every locale. */
export interface IndexableProduct {
  productId: string;
  texts: ProductTexts;
  tags: string[];
  attributes: Record<string, AttributeValue>;
  brand: { id: string; name: LocalizedName } | null;
  category: { id: string; name: LocalizedName } | null;
  /** The category and its ancestors, nearest first, so a filter on a parent category matches. */
  categoryPath: string[];
  skuCodes: string[];
  imageUrl: string | null;
  /** Lowest sale price among active SKUs, in minor units. */
  minPrice: number;
  currency: string;
  createdAt: Date;
  updatedAt: Date;
}

/**
 * Active products with at least one active SKU, in id order: page with `afterId` (the last id of the
 * previous page). `productIds` narrows to those products, e.g. to reindex the ones an event named;
 * an id missing from the answer is not (or no longer) for sale.
 */
export async function listProductsForIndexing(
  ctx: Ctx,
  options: { afterId?: string; limit: number; productIds?: readonly string[] },
): Promise<IndexableProduct[]> {
  const limit = Math.max(1, Math.min(options.limit, 1000));
  const rows = await ctx.db
    .select()
    .from(products)
    .where(
      and(
        eq(products.merchantId, ctx.merchantId),
        eq(products.status, 'active'),
        options.afterId ? gt(products.id, options.afterId) : undefined,
        isNotNull(products.priceFrom),
        options.productIds ? inArray(products.id, [...options.productIds]) : undefined,
      ),
    )
    .orderBy(asc(products.id))
    .limit(limit);
  const ids = rows.map((r) => r.id);
  if (ids.length === 0) return [];
  const [texts, skuRows, brandRows, categoryRows] = await Promise.all([
    loadTexts(ctx, ids),
    ctx.db
      .select({ productId: skus.productId, code: skus.code })
      .from(skus)
      .where(
        and(eq(skus.merchantId, ctx.merchantId), inArray(skus.productId, ids), eq(skus.status, 'active')),
      ),
    ctx.db.select().from(brands).where(eq(brands.merchantId, ctx.merchantId)),
    ctx.db.select().from(categories).where(eq(categories.merchantId, ctx.merchantId)),
  ]);
  const codes = groupByProduct(skuRows);
  const brandById = new Map(brandRows.map((b) => [b.id, b]));
  const categoryById = new Map(categoryRows.map((c) => [c.id, c]));
  const pathOf = (id: string | null): string[] => {
    const path: string[] = [];
    for (let at = id ? categoryById.get(id) : undefined; at && !path.includes(at.id);) {
      path.push(at.id);
      at = at.parentId ? categoryById.get(at.parentId) : undefined;
    }
    return path;
  };
  return rows.map((row) => {
    const brand = row.brandId ? brandById.get(row.brandId) : undefined;
    const category = row.categoryId ? categoryById.get(row.categoryId) : undefined;
    return {
      productId: row.id,
      texts: texts.get(row.id) ?? {},
      tags: row.tags,
      attributes: row.attributes,
      brand: brand ? { id: brand.id, name: nameFromColumns(brand) } : null,
      category: category ? { id: category.id, name: nameFromColumns(category) } : null,
      categoryPath: pathOf(row.categoryId),
      skuCodes: (codes.get(row.id) ?? []).map((s) => s.code),
      imageUrl: row.images[0]?.url ?? null,
      minPrice: row.priceFrom ?? 0,
      currency: row.currency,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
    };
  });
}
