import type { Locale } from '../../../platform/index.ts';
import type { SearchFacets } from '../engine/search-engine.ts';
import type { MerchantSearch } from '../services/search-indexes.ts';
import type { StoreSearchOutcome } from '../services/search-store.ts';
import type { SearchResponse } from './schemas.ts';

const other = (locale: Locale): Locale => (locale === 'en' ? 'zh-CN' : 'en');

function named(
  ref: { id: string; name: { 'zh-CN'?: string | undefined; en?: string | undefined } } | null,
  locale: Locale,
) {
  return ref ? { id: ref.id, name: ref.name[locale] ?? ref.name[other(locale)] ?? '' } : null;
}

/** The engine's answer in the shape and language the shopper's client reads. */
export function toSearchResponse(
  outcome: StoreSearchOutcome,
  search: MerchantSearch,
  locale: Locale,
): SearchResponse {
  const { intent, result } = outcome;
  const items = result.hits.flatMap((hit) => {
    const product = search.products.get(hit.id);
    if (!product) return [];
    const texts = product.texts[locale] ?? product.texts[other(locale)];
    return [
      {
        id: hit.id,
        title: texts?.title ?? '',
        highlight: hit.highlights[locale] ?? hit.highlights[other(locale)] ?? '',
        imageUrl: product.imageUrl,
        priceFrom: product.minPrice,
        currency: product.currency,
        brand: named(product.brand, locale),
        category: named(product.category, locale),
      },
    ];
  });
  return {
    queryId: outcome.queryId,
    query: intent.query,
    understood: outcome.understood,
    intent: {
      category: intent.category?.key ?? null,
      scene: intent.scene?.key ?? null,
      persona: intent.persona?.key ?? null,
      attributes: intent.attributes.map((a) => ({ key: a.key, label: a.label[locale], implied: a.implied })),
      brandIds: intent.brand?.ids ?? [],
      priceMin: intent.price?.min ?? null,
      priceMax: intent.price?.max ?? null,
      sort: outcome.sort,
    },
    parts: outcome.parts,
    dropped: outcome.dropped,
    didYouMean: outcome.didYouMean ?? null,
    relaxed: outcome.relaxed,
    total: result.total,
    items,
    facets: localiseFacets(result.facets, search, locale),
  };
}

function localiseFacets(facets: SearchFacets | undefined, search: MerchantSearch, locale: Locale) {
  if (!facets) return { category: [], brand: [], price: [], attributes: [] };
  const byCategory = new Map<string, string>();
  const byBrand = new Map<string, string>();
  for (const p of search.products.values()) {
    if (p.category) byCategory.set(p.category.id, named(p.category, locale)!.name);
    if (p.brand) byBrand.set(p.brand.id, named(p.brand, locale)!.name);
  }
  return {
    ...facets,
    category: facets.category.map((b) => ({ ...b, label: byCategory.get(b.value) ?? b.label })),
    brand: facets.brand.map((b) => ({ ...b, label: byBrand.get(b.value) ?? b.label })),
  };
}
