import type { CorpusRecord } from '../dataset.ts';

/** A search system under test: indexes the corpus once, then answers each query. */
export interface RelevanceSystem {
  readonly name: string;
  index(corpus: readonly CorpusRecord[]): Promise<void>;
  /** Product ids over the whole corpus, best first, at most `depth` of them. */
  search(query: string, depth: number): Promise<string[]>;
  /** Ranks only these products; systems without it are judged on their full ranking, condensed. */
  rankWithin?(query: string, candidates: readonly string[]): Promise<string[]>;
  /** A shop's results page (the search-speed bench): the first `page` ids, how many matched, facet counts. */
  searchFaceted?(query: string, page: number): Promise<FacetedResult>;
  close?(): Promise<void>;
}

/** Facet name -> value -> count, over what the system counts (see each system's `facetScope`). */
export type FacetCounts = Record<string, Record<string, number>>;

export interface FacetedResult {
  ids: string[];
  /** How many products matched; for a system that does not say, how many it returned. */
  total: number;
  facets: FacetCounts;
}

/** The record fields the search-speed bench counts facets over (its catalogue puts them in `extra`). */
export const FACET_FIELDS = ['brand', 'category', 'colour', 'material', 'pack'] as const;
/** Price bands in minor units, lower bound inclusive, for peers that count numeric ranges. */
export const PRICE_BANDS = [
  [0, 1000],
  [1000, 5000],
  [5000, 20000],
  [20000, Number.MAX_SAFE_INTEGER],
] as const;

/** Counts of the facet fields and price bands over some records' `extra`, for peers without faceting. */
export function countFacetFields(extras: Iterable<Record<string, unknown> | undefined>): FacetCounts {
  const out: FacetCounts = { price: {} };
  for (const f of FACET_FIELDS) out[f] = {};
  for (const extra of extras) {
    if (!extra) continue;
    for (const f of FACET_FIELDS) {
      const v = extra[f];
      if (typeof v === 'string') out[f]![v] = (out[f]![v] ?? 0) + 1;
    }
    const price = extra.price;
    if (typeof price === 'number')
      for (const [lo, hi] of PRICE_BANDS)
        if (price >= lo && price < hi) out.price![`${lo}-${hi}`] = (out.price![`${lo}-${hi}`] ?? 0) + 1;
  }
  return out;
}
