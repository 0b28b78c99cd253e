import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Ctx, Locale } from '../../../platform/index.ts';
import type {
  AdminProductSummary,
  AdminProductView,
  AdminSkuView,
  ProductTexts,
} from '../contracts/product.ts';
import {
  productTranslations,
  skus,
  type ProductRow,
  type ProductTranslationRow,
  type SkuRow,
} from '../schema.ts';
import { pickLocale } from './localize.ts';

export function groupByProduct<T extends { productId: string }>(rows: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const list = out.get(row.productId);
    if (list) list.push(row);
    else out.set(row.productId, [row]);
  }
  return out;
}

export function textsFrom(rows: readonly ProductTranslationRow[]): ProductTexts {
  const texts: ProductTexts = {};
  for (const row of rows) {
    texts[row.locale] = {
      title: row.title,
      ...(row.subtitle !== null ? { subtitle: row.subtitle } : {}),
      ...(row.description !== null ? { description: row.description } : {}),
    };
  }
  return texts;
}

export async function loadTexts(ctx: Ctx, productIds: readonly string[]): Promise<Map<string, ProductTexts>> {
  const out = new Map<string, ProductTexts>();
  if (productIds.length === 0) return out;
  const rows = await ctx.db
    .select()
    .from(productTranslations)
    .where(
      and(
        eq(productTranslations.merchantId, ctx.merchantId),
        inArray(productTranslations.productId, [...productIds]),
      ),
    );
  const grouped = groupByProduct(rows);
  for (const id of productIds) out.set(id, textsFrom(grouped.get(id) ?? []));
  return out;
}

export async function loadSkus(
  ctx: Ctx,
  productIds: readonly string[],
  options: { activeOnly: boolean },
): Promise<Map<string, SkuRow[]>> {
  if (productIds.length === 0) return new Map();
  const rows = await ctx.db
    .select()
    .from(skus)
    .where(
      and(
        eq(skus.merchantId, ctx.merchantId),
        inArray(skus.productId, [...productIds]),
        options.activeOnly ? eq(skus.status, 'active') : undefined,
      ),
    )
    .orderBy(asc(skus.position), asc(skus.id));
  return groupByProduct(rows);
}

export function titleIn(texts: ProductTexts, locale: Locale): string {
  return pickLocale(texts, locale)?.title ?? '';
}

export function toAdminSku(row: SkuRow): AdminSkuView {
  return {
    id: row.id,
    productId: row.productId,
    code: row.code,
    specs: row.specs,
    listPrice: row.listPrice,
    salePrice: row.salePrice,
    currency: row.currency,
    weightGrams: row.weightGrams,
    barcode: row.barcode,
    imageUrl: row.imageUrl,
    status: row.status,
    position: row.position,
  };
}

export function toAdminSummary(row: ProductRow, texts: ProductTexts, locale: Locale): AdminProductSummary {
  return {
    id: row.id,
    status: row.status,
    title: titleIn(texts, locale),
    categoryId: row.categoryId,
    brandId: row.brandId,
    tags: row.tags,
    imageUrl: row.images[0]?.url ?? null,
    currency: row.currency,
    priceFrom: row.priceFrom,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The merchant's full view: every locale's texts and every SKU whatever its status. */
export async function toAdminViews(ctx: Ctx, rows: readonly ProductRow[]): Promise<AdminProductView[]> {
  const ids = rows.map((r) => r.id);
  const [texts, skuMap] = await Promise.all([loadTexts(ctx, ids), loadSkus(ctx, ids, { activeOnly: false })]);
  return rows.map((row) => {
    const t = texts.get(row.id) ?? {};
    const { imageUrl: _omit, ...summary } = toAdminSummary(row, t, ctx.locale);
    return {
      ...summary,
      texts: t,
      images: row.images.map((i) => ({ url: i.url, alt: i.alt ?? null })),
      attributes: row.attributes,
      skus: (skuMap.get(row.id) ?? []).map(toAdminSku),
    };
  });
}
