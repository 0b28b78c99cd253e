import type { IndexableProduct } from '../../catalog/index.ts';
import type { SearchDocument } from '../engine/document.ts';

const names = (name: { 'zh-CN'?: string | undefined; en?: string | undefined }) =>
  [name['zh-CN'], name.en].filter((n): n is string => typeof n === 'string' && n !== '');

/**
 * A catalogue product as the engine indexes it. `categoryPath` holds ids (nearest first), so ancestors' names
 * come from `categoryNames`, the merchant's category id -> names map.
 */
export function toSearchDocument(
  product: IndexableProduct,
  categoryNames: ReadonlyMap<string, string[]>,
  signals: { sales?: number } = {},
): SearchDocument {
  return {
    id: product.productId,
    texts: Object.fromEntries(
      Object.entries(product.texts).map(([locale, t]) => [
        locale,
        { title: t.title, subtitle: t.subtitle ?? null, description: t.description ?? null },
      ]),
    ),
    brand: product.brand ? { id: product.brand.id, names: names(product.brand.name) } : null,
    category: product.category
      ? {
          id: product.category.id,
          names: names(product.category.name),
          path: product.categoryPath
            .slice(1)
            .reverse()
            .flatMap((id) => categoryNames.get(id) ?? []),
        }
      : null,
    tags: product.tags,
    attributes: product.attributes,
    price: product.minPrice,
    currency: product.currency,
    createdAt: product.createdAt.getTime(),
    ...(signals.sales !== undefined ? { sales: signals.sales } : {}),
  };
}
