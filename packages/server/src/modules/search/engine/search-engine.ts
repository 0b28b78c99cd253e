import type { Constraint } from './constraints.ts';
import type { SearchDocument } from './document.ts';
import type { Correction } from './rank/query-concepts.ts';

export type SortOrder = 'relevance' | 'price_asc' | 'price_desc' | 'sales' | 'rating' | 'newest';

/** Filters the shopper picked (facet clicks), as opposed to what the query text implies. */
export interface ExplicitFilters {
  categoryIds?: string[];
  brandIds?: string[];
  priceMin?: number;
  priceMax?: number;
  /** attribute key -> accepted values (any of them). */
  attributes?: Record<string, (string | number | boolean)[]>;
  /** Search only among these products (a collection, a re-ranking of given candidates). */
  ids?: string[];
}

export interface SearchRequest {
  text: string;
  /** What the query understanding made of the text; the text still ranks. */
  constraints?: Constraint[];
  /** Word (or phrase) -> alternatives from the merchant's synonyms, as text; the engine analyses both sides. */
  synonyms?: Record<string, string[]>;
  /** The query word naming the product type, when known ("shoes" in "hiking shoes under 500"). */
  headWord?: string | undefined;
  filters?: ExplicitFilters;
  sort?: SortOrder;
  offset?: number;
  limit?: number;
  facets?: boolean;
  /** Product id -> affinity 0..1 from the shopper's history; pass only with consent to personalisation. */
  affinity?: ReadonlyMap<string, number>;
  /** Product id -> click-through boost 0..1 learnt from search logs for this query. */
  learnedBoost?: ReadonlyMap<string, number>;
  /**
   * With `filters.ids`: order every candidate, not only those the words match; the others follow, by how much
   * they resemble the matched ones (the feedback terms). For re-ranking a list that came from elsewhere.
   */
  rankAll?: boolean;
}

export interface SearchHit {
  id: string;
  score: number;
  /** The title with matched words wrapped in <em></em>, per locale. */
  highlights: Record<string, string>;
}

export interface FacetBucket {
  value: string;
  label: string;
  count: number;
}

export interface SearchFacets {
  category: FacetBucket[];
  brand: FacetBucket[];
  price: FacetBucket[];
  attributes: { key: string; buckets: FacetBucket[] }[];
}

export interface SearchResult {
  hits: SearchHit[];
  total: number;
  facets?: SearchFacets | undefined;
  corrections: Correction[];
}

export interface Suggestion {
  text: string;
  kind: 'product' | 'brand' | 'category';
}

/**
 * What the search module needs from an engine, one instance per merchant. The in-memory engine implements it
 * over an index in this process; an OpenSearch adapter would implement it over a remote index. Both must pass
 * engine-contract.ts.
 */
export interface SearchEngine {
  upsert(docs: readonly SearchDocument[]): Promise<void>;
  remove(ids: readonly string[]): Promise<void>;
  clear(): Promise<void>;
  count(): Promise<number>;
  search(request: SearchRequest): Promise<SearchResult>;
  suggest(prefix: string, limit: number): Promise<Suggestion[]>;
  /** Brand and category names the engine has seen, for query understanding to recognise. */
  lexicon(): Promise<CatalogueLexicon>;
}

export interface CatalogueLexicon {
  brands: { id: string; names: string[] }[];
  categories: { id: string; names: string[] }[];
}
