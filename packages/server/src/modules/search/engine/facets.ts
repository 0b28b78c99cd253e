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
export function priceBands(prices: ArrayLike<number>): FacetBucket[] {
  if (prices.length === 0) return [];
  const sorted = Float64Array.from(prices).sort();
  const cuts = [
    ...new Set([0.25, 0.5, 0.75].map((q) => niceRound(sorted[Math.floor(q * (sorted.length - 1))]!))),
  ]
    .filter((c) => c > sorted[0]! && c <= sorted[sorted.length - 1]!)
    .sort((a, b) => a - b);
  const edges = [0, ...cuts];
  return edges.map((lower, i) => {
    const upper = edges[i + 1];
    const count =
      (upper === undefined ? sorted.length : firstAtLeast(sorted, upper)) - firstAtLeast(sorted, lower);
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

/** How many of the ascending `sorted` are below `value`. */
function firstAtLeast(sorted: Float64Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * countFacets for an index: each product's facet values interned once, when it is indexed, so counting a query's
 * matches is a pass over small integer arrays. Gives what countFacets gives over the same products (a value's
 * label is the first indexed product's label for it: the same whenever a category or brand id has one name).
 */
export class FacetTable {
  private readonly ids = new Map<string, number>();
  /** Per value id: 0 category, 1 brand, 2 + n the n-th attribute key; its value and label. */
  private readonly kindOf: number[] = [];
  private readonly valueOf: string[] = [];
  private readonly labelOf: string[] = [];
  private readonly attributeKeys: string[] = [];
  private readonly attributeKind = new Map<string, number>();
  private readonly bySlot: (Int32Array | undefined)[] = [];
  private prices = new Float64Array(0);
  private hasPrice = new Uint8Array(0);

  set(slot: number, doc: SearchDocument): void {
    const values: number[] = [];
    if (doc.category) values.push(this.intern(0, doc.category.id, doc.category.names[0] ?? doc.category.id));
    if (doc.brand) values.push(this.intern(1, doc.brand.id, doc.brand.names[0] ?? doc.brand.id));
    for (const [key, value] of Object.entries(doc.attributes ?? {})) {
      if (typeof value !== 'boolean' && typeof value !== 'string') continue;
      let kind = this.attributeKind.get(key);
      if (kind === undefined) {
        kind = 2 + this.attributeKeys.length;
        this.attributeKeys.push(key);
        this.attributeKind.set(key, kind);
      }
      values.push(this.intern(kind, String(value), String(value)));
    }
    this.bySlot[slot] = Int32Array.from(values);
    if (this.prices.length <= slot) {
      const size = Math.max(slot + 1, this.prices.length * 2);
      const prices = new Float64Array(size);
      prices.set(this.prices);
      const has = new Uint8Array(size);
      has.set(this.hasPrice);
      this.prices = prices;
      this.hasPrice = has;
    }
    const price = doc.price;
    this.hasPrice[slot] = typeof price === 'number' ? 1 : 0;
    this.prices[slot] = typeof price === 'number' ? price : 0;
  }

  delete(slot: number): void {
    this.bySlot[slot] = undefined;
    if (slot < this.hasPrice.length) this.hasPrice[slot] = 0;
  }

  count(slots: readonly number[]): SearchFacets {
    const counts = new Int32Array(this.kindOf.length);
    const seen: number[] = [];
    const prices: number[] = [];
    for (const slot of slots) {
      const values = this.bySlot[slot];
      if (values)
        for (let i = 0; i < values.length; i++) {
          const id = values[i]!;
          const before = counts[id]!;
          counts[id] = before + 1;
          if (before === 0) seen.push(id);
        }
      if (this.hasPrice[slot]) prices.push(this.prices[slot]!);
    }
    const category: FacetBucket[] = [];
    const brand: FacetBucket[] = [];
    const attributes = new Map<number, FacetBucket[]>();
    for (const id of seen) {
      const bucket = { value: this.valueOf[id]!, label: this.labelOf[id]!, count: counts[id]! };
      const kind = this.kindOf[id]!;
      if (kind === 0) category.push(bucket);
      else if (kind === 1) brand.push(bucket);
      else {
        let list = attributes.get(kind);
        if (!list) attributes.set(kind, (list = []));
        list.push(bucket);
      }
    }
    return {
      category: topOf(category),
      brand: topOf(brand),
      price: priceBands(prices),
      attributes: [...attributes]
        .map(([kind, buckets]) => ({ key: this.attributeKeys[kind - 2]!, buckets: topOf(buckets) }))
        .filter((f) => f.buckets.reduce((n, b) => n + b.count, 0) > 0)
        .sort((a, b) => total(b.buckets) - total(a.buckets) || a.key.localeCompare(b.key))
        .slice(0, MAX_ATTRIBUTE_FACETS),
    };
  }

  private intern(kind: number, value: string, label: string): number {
    const key = `${kind}\u0000${value}`;
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.kindOf.length;
      this.ids.set(key, id);
      this.kindOf.push(kind);
      this.valueOf.push(value);
      this.labelOf.push(label);
    }
    return id;
  }
}

function topOf(buckets: FacetBucket[]): FacetBucket[] {
  return buckets.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)).slice(0, MAX_BUCKETS);
}
