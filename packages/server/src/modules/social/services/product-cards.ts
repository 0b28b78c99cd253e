import type { Ctx } from '../../../platform/index.ts';
import { getStoreProduct } from '../../catalog/index.ts';
import type { ProductCard } from '../views.ts';

/**
 * Cards for products a shopper may see, keyed by id; products no longer on sale are absent. One catalog
 * read per product: pages are small (at most 50) and the catalog's store reads are what every product
 * page costs anyway.
 */
export async function productCards(
  ctx: Ctx,
  productIds: readonly string[],
): Promise<Map<string, ProductCard>> {
  const cards = new Map<string, ProductCard>();
  for (const id of new Set(productIds)) {
    const found = await getStoreProduct(ctx, id);
    if (!found.ok) continue;
    const p = found.value;
    cards.set(id, {
      id: p.id,
      title: p.title,
      imageUrl: p.images[0]?.url ?? null,
      priceFrom: p.priceFrom,
      currency: p.currency,
    });
  }
  return cards;
}

/** Whether the product exists and is on sale in ctx's shop (favouriting anything else is a 404). */
export async function productOnSale(ctx: Ctx, productId: string): Promise<boolean> {
  return (await getStoreProduct(ctx, productId)).ok;
}
