import type { SearchDocument } from './document.ts';
import type { FacetBucket, SearchFacets } from './search-engine.ts';

const MAX_BUCKETS = 12;
const MAX_ATTRIBUTE_FACETS = 8;

/** Counts per category, brand, price band and attribute value over every matching product. */
export function countFacets(docs: readonly SearchDocument[]): SearchFacets {
  const category = new Map<string, FacetBucket>();
  const brand = new Map<string, FacetBucket>();
  const attributes = new Map<string, Map<string, FacetBucket>>();
  const prices: number[] = [];
  for (const doc of docs) {
    if (doc.category) bump(category, doc.category.id, doc.category.names[0] ?? doc.category.id);
    if (doc.brand) bump(brand, doc.brand.id, doc.brand.names[0] ?? doc.brand.id);
    if (typeof doc.price === 'number') prices.push(doc.price);
    for (const [key, value] of Object.entries(doc.attributes ?? {})) {
      if (typeof value !== 'boolean' && typeof value !== 'string') continue;
      let buckets = attributes.get(key);
      if (!buckets) attributes.set(key, (buckets = new Map()));
      bump(buckets, String(value), String(value));
    }
  }
  return {
    category: top(category),
    brand: top(brand),
    price: priceBands(prices),
    attributes: [...attributes]
      .map(([key, buckets]) => ({ key, buckets: top(buckets) }))
      .filter((f) => f.buckets.reduce((n, b) => n + b.count, 0) > 0)
      .sort((a, b) => total(b.buckets) - total(a.buckets) || a.key.localeCompare(b.key))
      .slice(0, MAX_ATTRIBUTE_FACETS),
  };
}

function bump(map: Map<string, FacetBucket>, value: string, label: string): void {
  const bucket = map.get(value);
  if (bucket) bucket.count += 1;
  else map.set(value, { value, label, count: 1 });
}

const total = (buckets: readonly FacetBucket[]) => buckets.reduce((n, b) => n + b.count, 0);

function top(map: Map<string, FacetBucket>): FacetBucket[] {
  return [...map.values()]
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value))
    .slice(0, MAX_BUCKETS);
}

/**
 * Up to four price bands cut at the quartiles, rounded to a "nice" number of major units so the labels read
 * like a shop's ("100-200"). Values are "min-max" in minor units, max exclusive; the last band is open.
 */
export function priceBands(prices: readonly number[]): FacetBucket[] {
  if (prices.length === 0) return [];
  const sorted = [...prices].sort((a, b) => a - b);
  const cuts = [
    ...new Set([0.25, 0.5, 0.75].map((q) => niceRound(sorted[Math.floor(q * (sorted.length - 1))]!))),
  ]
    .filter((c) => c > sorted[0]! && c <= sorted[sorted.length - 1]!)
    .sort((a, b) => a - b);
  const edges = [0, ...cuts];
  return edges.map((lower, i) => {
    const upper = edges[i + 1];
    const count = sorted.filter((p) => p >= lower && (upper === undefined || p < upper)).length;
    const value = upper === undefined ? `${lower}-` : `${lower}-${upper}`;
    const label = upper === undefined ? `${lower / 100}+` : `${lower / 100}-${upper / 100}`;
    return { value, label, count };
  });
}

function niceRound(minor: number): number {
  const major = minor / 100;
  if (major <= 0) return 0;
  const magnitude = 10 ** Math.floor(Math.log10(major));
  const step = major / magnitude < 2.5 ? magnitude / 2 : magnitude;
  return Math.round(major / step) * step * 100;
}
