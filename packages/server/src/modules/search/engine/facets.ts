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
  return bandsOf(Float64Array.from(prices));
}

/** priceBands over `values`, which it reorders. */
function bandsOf(values: Float64Array): FacetBucket[] {
  if (values.length === 0) return [];
  // The quartiles by selection rather than a full sort: a query can match most of a large catalogue.
  const n = values.length;
  const at = [0.25, 0.5, 0.75].map((q) => Math.floor(q * (n - 1)));
  let from = 0;
  for (const k of at) {
    select(values, k, from, n - 1);
    from = k;
  }
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    min = Math.min(min, values[i]!);
    max = Math.max(max, values[i]!);
  }
  const cuts = [...new Set(at.map((k) => niceRound(values[k]!)))]
    .filter((c) => c > min && c <= max)
    .sort((a, b) => a - b);
  const edges = [0, ...cuts];
  const counts = new Array<number>(edges.length).fill(0);
  for (let i = 0; i < n; i++) {
    const p = values[i]!;
    // Bands are [edge, next edge); a price below the first edge (negative) is in none.
    for (let b = edges.length - 1; b >= 0; b--) {
      if (p >= edges[b]!) {
        counts[b]! += 1;
        break;
      }
    }
  }
  return edges.map((lower, i) => {
    const upper = edges[i + 1];
    const value = upper === undefined ? `${lower}-` : `${lower}-${upper}`;
    const label = upper === undefined ? `${lower / 100}+` : `${lower / 100}-${upper / 100}`;
    return { value, label, count: counts[i]! };
  });
}

/** Rearranges `a[lo..hi]` so that `a[k]` holds the value a sort would put there, smaller ones before it. */
function select(a: Float64Array, k: number, lo: number, hi: number): void {
  while (hi > lo) {
    const pivot = a[(lo + hi) >> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i] = a[j]!;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return;
  }
}

function niceRound(minor: number): number {
  const major = minor / 100;
  if (major <= 0) return 0;
  const magnitude = 10 ** Math.floor(Math.log10(major));
  const step = major / magnitude < 2.5 ? magnitude / 2 : magnitude;
  return Math.round(major / step) * step * 100;
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
  // Each slot's value ids, all slots in one pool: `start[slot]`, `size[slot]` (0 when the slot is empty).
  private pool = new Int32Array(1024);
  private used = 0;
  private garbage = 0;
  private start = new Int32Array(0);
  private size = new Int32Array(0);
  private prices = new Float64Array(0);
  private hasPrice = new Uint8Array(0);
  // Reused by count(): per value id, and the matches' prices.
  private counts = new Int32Array(0);
  private matchPrices = new Float64Array(0);

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
    if (this.prices.length <= slot) {
      const capacity = Math.max(slot + 1, this.prices.length * 2);
      this.prices = grow(this.prices, new Float64Array(capacity));
      this.hasPrice = grow(this.hasPrice, new Uint8Array(capacity));
      this.start = grow(this.start, new Int32Array(capacity));
      this.size = grow(this.size, new Int32Array(capacity));
    }
    this.delete(slot);
    if (this.garbage > 1024 && this.garbage > this.used / 2) this.compact();
    if (this.used + values.length > this.pool.length)
      this.pool = grow(this.pool, new Int32Array(Math.max(this.pool.length * 2, this.used + values.length)));
    this.pool.set(values, this.used);
    this.start[slot] = this.used;
    this.size[slot] = values.length;
    this.used += values.length;
    const price = doc.price;
    this.hasPrice[slot] = typeof price === 'number' ? 1 : 0;
    this.prices[slot] = typeof price === 'number' ? price : 0;
  }

  delete(slot: number): void {
    if (slot >= this.size.length) return;
    this.garbage += this.size[slot]!;
    this.size[slot] = 0;
    this.hasPrice[slot] = 0;
  }

  private compact(): void {
    const pool = new Int32Array(Math.max(1024, (this.used - this.garbage) * 2));
    let used = 0;
    for (let slot = 0; slot < this.size.length; slot++) {
      const n = this.size[slot]!;
      if (n === 0) continue;
      pool.set(this.pool.subarray(this.start[slot]!, this.start[slot]! + n), used);
      this.start[slot] = used;
      used += n;
    }
    this.pool = pool;
    this.used = used;
    this.garbage = 0;
  }

  count(slots: readonly number[]): SearchFacets {
    if (this.counts.length < this.kindOf.length) this.counts = new Int32Array(this.kindOf.length * 2);
    if (this.matchPrices.length < slots.length) this.matchPrices = new Float64Array(slots.length * 2);
    const { counts, matchPrices } = this;
    let priced = 0;
    const seen: number[] = [];
    const { pool, start, size } = this;
    for (const slot of slots) {
      for (let i = start[slot]!, end = i + size[slot]!; i < end; i++) {
        const id = pool[i]!;
        const before = counts[id]!;
        counts[id] = before + 1;
        if (before === 0) seen.push(id);
      }
      if (this.hasPrice[slot]) matchPrices[priced++] = this.prices[slot]!;
    }
    const category: FacetBucket[] = [];
    const brand: FacetBucket[] = [];
    const attributes = new Map<number, FacetBucket[]>();
    for (const id of seen) {
      const bucket = { value: this.valueOf[id]!, label: this.labelOf[id]!, count: counts[id]! };
      counts[id] = 0;
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
      price: bandsOf(matchPrices.subarray(0, priced)),
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

function grow<T extends Int32Array | Float64Array | Uint8Array>(from: T, to: T): T {
  to.set(from);
  return to;
}
