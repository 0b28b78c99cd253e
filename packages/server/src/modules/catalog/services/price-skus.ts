import { and, eq, sql } from 'drizzle-orm';
import { preparedStatement, type Ctx, type Locale } from '../../../platform/index.ts';
import { products, productTranslations, skus } from '../schema.ts';
import { pickLocale } from './localize.ts';

/** A SKU as the cart and checkout price it: always read from the catalog, never taken from the client. */
export interface PricedSku {
  skuId: string;
  productId: string;
  /** In the reader's locale, else the other one. */
  productTitle: string;
  skuCode: string;
  specs: Record<string, string>;
  /** The sale price, in minor units. */
  unitPrice: number;
  listPrice: number;
  currency: string;
  weightGrams: number;
  /** The SKU's own image, else the product's first. */
  imageUrl: string | null;
  /** The product is active and the SKU is active. */
  purchasable: boolean;
}

/**
 * Current prices of this merchant's SKUs; ids that are unknown or another merchant's are simply absent.
 * One statement (the checkout's hot path): the SKUs with their products' titles in every locale, and only
 * the columns pricing needs.
 */
export async function priceSkus(ctx: Ctx, skuIds: readonly string[]): Promise<PricedSku[]> {
  const ids = [...new Set(skuIds)];
  if (ids.length === 0) return [];
  const rows = await selectPricing(ctx.db, { merchantId: ctx.merchantId, ids });
  const titles = new Map<string, Partial<Record<Locale, string>>>();
  for (const row of rows) {
    const byLocale = titles.get(row.skuId) ?? {};
    if (row.locale !== null && row.title !== null) byLocale[row.locale] = row.title;
    titles.set(row.skuId, byLocale);
  }
  const byId = new Map<string, PricedSku>();
  for (const row of rows) {
    if (byId.has(row.skuId)) continue;
    byId.set(row.skuId, {
      skuId: row.skuId,
      productId: row.productId,
      productTitle: pickLocale(titles.get(row.skuId) ?? {}, ctx.locale) ?? '',
      skuCode: row.code,
      specs: row.specs,
      unitPrice: row.salePrice,
      listPrice: row.listPrice,
      currency: row.currency,
      weightGrams: row.weightGrams,
      imageUrl: row.imageUrl ?? null,
      purchasable: row.purchasable,
    });
  }
  // In the order asked, so callers can zip results with their lines.
  return ids.flatMap((id) => {
    const priced = byId.get(id);
    return priced ? [priced] : [];
  });
}

const selectPricing = preparedStatement('catalog_price_skus', (db) => {
  const merchantId = sql.placeholder('merchantId');
  return db
    .select({
      skuId: skus.id,
      productId: skus.productId,
      code: skus.code,
      specs: skus.specs,
      salePrice: skus.salePrice,
      listPrice: skus.listPrice,
      currency: skus.currency,
      weightGrams: skus.weightGrams,
      imageUrl: sql<string | null>`coalesce(${skus.imageUrl}, ${products.images} -> 0 ->> 'url')`,
      purchasable: sql<boolean>`(${products.status} = 'active' and ${skus.status} = 'active')`,
      locale: productTranslations.locale,
      title: productTranslations.title,
    })
    .from(skus)
    .innerJoin(products, eq(products.id, skus.productId))
    .leftJoin(
      productTranslations,
      and(eq(productTranslations.productId, products.id), eq(productTranslations.merchantId, merchantId)),
    )
    .where(
      and(
        eq(skus.merchantId, merchantId),
        eq(products.merchantId, merchantId),
        sql`${skus.id} = any(${sql.placeholder('ids')}::text[])`,
      ),
    );
});
