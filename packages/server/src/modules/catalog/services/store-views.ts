import { and, eq, inArray } from 'drizzle-orm';
import type { Ctx } from '../../../platform/index.ts';
import type { StoreProductSummary, StoreProductView } from '../contracts/product.ts';
import { attributeDefinitions, brands, categories, type ProductRow, type SkuRow } from '../schema.ts';
import { localizedName, pickLocale } from './localize.ts';
import { loadSkus, loadTexts } from './product-views.ts';

type NamedRef = { id: string; name: string } | null;

async function brandNames(ctx: Ctx, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await ctx.db
    .select()
    .from(brands)
    .where(and(eq(brands.merchantId, ctx.merchantId), inArray(brands.id, [...ids])));
  return new Map(rows.map((r) => [r.id, localizedName(r, ctx.locale)]));
}

function ref(id: string | null, names: Map<string, string>): NamedRef {
  if (!id) return null;
  const name = names.get(id);
  return name === undefined ? null : { id, name };
}

export async function toStoreSummaries(
  ctx: Ctx,
  rows: readonly ProductRow[],
): Promise<StoreProductSummary[]> {
  const ids = rows.map((r) => r.id);
  const brandIds = [...new Set(rows.flatMap((r) => (r.brandId ? [r.brandId] : [])))];
  const [texts, names] = await Promise.all([loadTexts(ctx, ids), brandNames(ctx, brandIds)]);
  return rows.map((row) => {
    const text = pickLocale(texts.get(row.id) ?? {}, ctx.locale);
    return {
      id: row.id,
      title: text?.title ?? '',
      subtitle: text?.subtitle ?? null,
      imageUrl: row.images[0]?.url ?? null,
      priceFrom: row.priceFrom ?? 0,
      currency: row.currency,
      brand: ref(row.brandId, names),
      categoryId: row.categoryId,
      tags: row.tags,
    };
  });
}

function toStoreSku(row: SkuRow) {
  return {
    id: row.id,
    code: row.code,
    specs: row.specs,
    listPrice: row.listPrice,
    salePrice: row.salePrice,
    currency: row.currency,
    weightGrams: row.weightGrams,
    imageUrl: row.imageUrl,
  };
}

/** A shopper's view of one product: the reader's locale, labelled attributes, only the SKUs on sale. */
export async function toStoreProduct(ctx: Ctx, row: ProductRow): Promise<StoreProductView> {
  const keys = Object.keys(row.attributes);
  const [texts, skuMap, names, categoryRows, definitions] = await Promise.all([
    loadTexts(ctx, [row.id]),
    loadSkus(ctx, [row.id], { activeOnly: true }),
    brandNames(ctx, row.brandId ? [row.brandId] : []),
    row.categoryId
      ? ctx.db
          .select()
          .from(categories)
          .where(and(eq(categories.merchantId, ctx.merchantId), eq(categories.id, row.categoryId)))
      : Promise.resolve([]),
    keys.length > 0
      ? ctx.db
          .select()
          .from(attributeDefinitions)
          .where(
            and(eq(attributeDefinitions.merchantId, ctx.merchantId), inArray(attributeDefinitions.key, keys)),
          )
      : Promise.resolve([]),
  ]);
  const text = pickLocale(texts.get(row.id) ?? {}, ctx.locale);
  const category = categoryRows[0];
  const byKey = new Map(definitions.map((d) => [d.key, d]));
  return {
    id: row.id,
    title: text?.title ?? '',
    subtitle: text?.subtitle ?? null,
    description: text?.description ?? null,
    images: row.images.map((i) => ({ url: i.url, alt: i.alt ?? null })),
    category: category ? { id: category.id, name: localizedName(category, ctx.locale) } : null,
    brand: ref(row.brandId, names),
    tags: row.tags,
    attributes: keys.flatMap((key) => {
      const definition = byKey.get(key);
      const value = row.attributes[key];
      if (!definition || value === undefined) return [];
      const label = pickLocale(
        { 'zh-CN': definition.labelZh ?? undefined, en: definition.labelEn ?? undefined },
        ctx.locale,
      );
      return [{ key, label: label ?? key, type: definition.type, unit: definition.unit, value }];
    }),
    priceFrom: row.priceFrom,
    currency: row.currency,
    skus: (skuMap.get(row.id) ?? []).map(toStoreSku),
  };
}
