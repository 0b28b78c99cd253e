import { and, eq, inArray } from 'drizzle-orm';
import type { Ctx } from '../../../platform/index.ts';
import { products, skus } from '../schema.ts';
import { loadTexts, titleIn } from './product-views.ts';

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

/** Current prices of this merchant's SKUs; ids that are unknown or another merchant's are simply absent. */
export async function priceSkus(ctx: Ctx, skuIds: readonly string[]): Promise<PricedSku[]> {
  const ids = [...new Set(skuIds)];
  if (ids.length === 0) return [];
  const rows = await ctx.db
    .select({ sku: skus, product: products })
    .from(skus)
    .innerJoin(products, eq(products.id, skus.productId))
    .where(
      and(
        eq(skus.merchantId, ctx.merchantId),
        eq(products.merchantId, ctx.merchantId),
        inArray(skus.id, ids),
      ),
    );
  const texts = await loadTexts(ctx, [...new Set(rows.map((r) => r.product.id))]);
  const byId = new Map(
    rows.map(({ sku, product }): [string, PricedSku] => [
      sku.id,
      {
        skuId: sku.id,
        productId: product.id,
        productTitle: titleIn(texts.get(product.id) ?? {}, ctx.locale),
        skuCode: sku.code,
        specs: sku.specs,
        unitPrice: sku.salePrice,
        listPrice: sku.listPrice,
        currency: sku.currency,
        weightGrams: sku.weightGrams,
        imageUrl: sku.imageUrl ?? product.images[0]?.url ?? null,
        purchasable: product.status === 'active' && sku.status === 'active',
      },
    ]),
  );
  // In the order asked, so callers can zip results with their lines.
  return ids.flatMap((id) => {
    const priced = byId.get(id);
    return priced ? [priced] : [];
  });
}
