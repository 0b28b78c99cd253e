import { and, desc, eq, exists, lt, sql, type SQL } from 'drizzle-orm';
import { Type, type Static } from 'typebox';
import { decodeCursor, PageQuery, toPage, type Ctx } from '../../../platform/index.ts';
import { EntityId } from '../contracts/common.ts';
import { ProductStatus, type AdminProductSummary } from '../contracts/product.ts';
import { productTranslations, products } from '../schema.ts';
import { loadTexts, toAdminSummary } from './product-views.ts';

export const AdminProductQuery = Type.Object(
  {
    ...PageQuery.properties,
    status: Type.Optional(ProductStatus),
    categoryId: Type.Optional(EntityId),
    brandId: Type.Optional(EntityId),
    q: Type.Optional(
      Type.String({ minLength: 1, maxLength: 100, description: 'Part of the title, any locale' }),
    ),
  },
  { additionalProperties: false },
);
export type AdminProductQuery = Static<typeof AdminProductQuery>;

export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The merchant's products, newest first, in every status unless filtered. */
export async function listProducts(
  ctx: Ctx,
  query: AdminProductQuery,
): Promise<{ items: AdminProductSummary[]; nextCursor: string | null }> {
  const limit = query.limit ?? 20;
  const after = decodeCursor(query.cursor, ['id']);
  const conditions: (SQL | undefined)[] = [
    eq(products.merchantId, ctx.merchantId),
    query.status ? eq(products.status, query.status) : undefined,
    query.categoryId ? eq(products.categoryId, query.categoryId) : undefined,
    query.brandId ? eq(products.brandId, query.brandId) : undefined,
    after ? lt(products.id, after.id) : undefined,
  ];
  if (query.q) {
    const titleMatch = ctx.db
      .select({ one: sql`1` })
      .from(productTranslations)
      .where(
        and(
          eq(productTranslations.merchantId, ctx.merchantId),
          eq(productTranslations.productId, products.id),
          sql`${productTranslations.title} ilike ${likePattern(query.q)}`,
        ),
      );
    conditions.push(exists(titleMatch));
  }
  const rows = await ctx.db
    .select()
    .from(products)
    .where(and(...conditions))
    .orderBy(desc(products.id))
    .limit(limit + 1);
  const page = toPage(rows, limit, (r) => ({ id: r.id }));
  const texts = await loadTexts(
    ctx,
    page.items.map((r) => r.id),
  );
  return {
    items: page.items.map((r) => toAdminSummary(r, texts.get(r.id) ?? {}, ctx.locale)),
    nextCursor: page.nextCursor,
  };
}
