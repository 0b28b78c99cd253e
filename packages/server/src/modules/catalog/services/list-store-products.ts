import { and, asc, desc, eq, exists, gte, isNotNull, lte, sql, type SQL } from 'drizzle-orm';
import { Type, type Static } from 'typebox';
import {
  AppError,
  decodeCursor,
  MinorAmount,
  ok,
  PageQuery,
  toPage,
  type Ctx,
  type Result,
} from '../../../platform/index.ts';
import { EntityId } from '../contracts/common.ts';
import type { StoreProductSummary } from '../contracts/product.ts';
import { categories, products, skus, type ProductRow } from '../schema.ts';
import { attributeConditions } from './attribute-filters.ts';
import { toStoreSummaries } from './store-views.ts';

export const StoreProductSort = Type.Union([
  Type.Literal('newest'),
  Type.Literal('price_asc'),
  Type.Literal('price_desc'),
]);

export const StoreProductQuery = Type.Object(
  {
    ...PageQuery.properties,
    // A category includes its subcategories.
    category: Type.Optional(EntityId),
    brand: Type.Optional(EntityId),
    tag: Type.Optional(Type.String({ minLength: 1, maxLength: 40 })),
    priceMin: Type.Optional(MinorAmount),
    priceMax: Type.Optional(MinorAmount),
    attr: Type.Optional(
      Type.Array(Type.String({ minLength: 1, maxLength: 150 }), {
        maxItems: 10,
        description: '`key:value` equality filters, e.g. attr=waterproof:true',
      }),
    ),
    sort: Type.Optional(StoreProductSort),
  },
  { additionalProperties: false },
);
export type StoreProductQuery = Static<typeof StoreProductQuery>;

/** The category and every category below it, as a subquery. */
function categoryAndDescendants(ctx: Ctx, categoryId: string): SQL {
  return sql`(with recursive tree as (
      select ${categories.id} as id from ${categories}
      where ${categories.merchantId} = ${ctx.merchantId} and ${categories.id} = ${categoryId}
    union all
      select c.id from ${categories} c join tree on c.parent_id = tree.id where c.merchant_id = ${ctx.merchantId}
    ) select id from tree)`;
}

/**
 * What a shopper can browse: active products with at least one SKU on sale. Keyset pagination on
 * (price_from, id) or id, so pages never overlap or skip even while the catalog changes.
 */
export async function listStoreProducts(
  ctx: Ctx,
  query: StoreProductQuery,
): Promise<Result<{ items: StoreProductSummary[]; nextCursor: string | null }>> {
  const limit = query.limit ?? 20;
  const sort = query.sort ?? 'newest';
  const byPrice = sort !== 'newest';
  const after = decodeCursor(query.cursor, byPrice ? ['s', 'id', 'p'] : ['s', 'id']);
  if (after && after.s !== sort)
    throw new AppError('INVALID_CURSOR', 'The cursor belongs to another sort order');

  const attributeFilters = await attributeConditions(ctx, query.attr ?? []);
  if (!attributeFilters.ok) return attributeFilters;
  const conditions: (SQL | undefined)[] = [
    eq(products.merchantId, ctx.merchantId),
    eq(products.status, 'active'),
    isNotNull(products.priceFrom),
    query.category
      ? sql`${products.categoryId} in ${categoryAndDescendants(ctx, query.category)}`
      : undefined,
    query.brand ? eq(products.brandId, query.brand) : undefined,
    query.tag ? sql`${products.tags} @> array[${query.tag}]::text[]` : undefined,
    ...attributeFilters.value,
  ];
  if (query.priceMin !== undefined || query.priceMax !== undefined) {
    const skuInRange = ctx.db
      .select({ one: sql`1` })
      .from(skus)
      .where(
        and(
          eq(skus.merchantId, ctx.merchantId),
          eq(skus.productId, products.id),
          eq(skus.status, 'active'),
          query.priceMin !== undefined ? gte(skus.salePrice, query.priceMin) : undefined,
          query.priceMax !== undefined ? lte(skus.salePrice, query.priceMax) : undefined,
        ),
      );
    conditions.push(exists(skuInRange));
  }
  if (after) {
    const p = Number(after.p);
    conditions.push(
      sort === 'newest'
        ? sql`${products.id} < ${after.id}`
        : sort === 'price_asc'
          ? sql`(${products.priceFrom}, ${products.id}) > (${p}, ${after.id})`
          : sql`(${products.priceFrom}, ${products.id}) < (${p}, ${after.id})`,
    );
  }
  const order =
    sort === 'newest'
      ? [desc(products.id)]
      : sort === 'price_asc'
        ? [asc(products.priceFrom), asc(products.id)]
        : [desc(products.priceFrom), desc(products.id)];
  const rows = await ctx.db
    .select()
    .from(products)
    .where(and(...conditions))
    .orderBy(...order)
    .limit(limit + 1);
  const page = toPage(rows, limit, (r: ProductRow): Record<string, string | number> =>
    byPrice ? { s: sort, id: r.id, p: r.priceFrom ?? 0 } : { s: sort, id: r.id },
  );
  return ok({ items: await toStoreSummaries(ctx, page.items), nextCursor: page.nextCursor });
}
