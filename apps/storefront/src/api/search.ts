import { getUntyped } from './client.ts';
import { ApiProblem } from './problem.ts';

/** Mirrors GET /api/store/search (packages/server/src/modules/search/routes/schemas.ts). */
export type SearchSort = 'relevance' | 'price_asc' | 'price_desc' | 'sales' | 'rating' | 'newest';

export interface SearchBucket {
  value: string;
  label: string;
  count: number;
}

export interface SearchItem {
  id: string;
  title: string;
  highlight: string;
  imageUrl: string | null;
  priceFrom: number;
  currency: string;
  brand: { id: string; name: string } | null;
  category: { id: string; name: string } | null;
}

export interface SearchAnswer {
  queryId: string;
  query: string;
  understood: string;
  intent: {
    category: string | null;
    scene: string | null;
    persona: string | null;
    attributes: { key: string; label: string; implied: boolean }[];
    brandIds: string[];
    priceMin: number | null;
    priceMax: number | null;
    sort: SearchSort;
  };
  didYouMean: string | null;
  relaxed: { kind: string; label: string }[];
  total: number;
  items: SearchItem[];
  facets: {
    category: SearchBucket[];
    brand: SearchBucket[];
    price: SearchBucket[];
    attributes: { key: string; buckets: SearchBucket[] }[];
  };
}

export interface SearchFilters {
  category?: string;
  brand?: string;
  priceMin?: number;
  priceMax?: number;
  attr?: string[];
  sort?: SearchSort;
}

/** undefined until the first call tells whether this server has the search module. */
let searchAvailable: boolean | undefined;

export function isSearchAvailable(): boolean | undefined {
  return searchAvailable;
}

/** Runs a search; answers undefined when the server has no search route (the page then browses instead). */
export async function searchProducts(
  q: string,
  filters: SearchFilters,
  page: { offset: number; limit: number },
): Promise<SearchAnswer | undefined> {
  if (searchAvailable === false) return undefined;
  const query = new URLSearchParams({ q, offset: String(page.offset), limit: String(page.limit) });
  for (const [key, value] of Object.entries(filters)) {
    if (value === undefined || value === '') continue;
    if (Array.isArray(value)) for (const v of value) query.append(key, String(v));
    else query.set(key, String(value));
  }
  const response = await getUntyped('/api/store/search', query);
  const body: unknown = await response.json().catch(() => ({}));
  if (response.status === 404 && (body as { code?: string }).code === 'ROUTE_NOT_FOUND') {
    searchAvailable = false;
    return undefined;
  }
  if (!response.ok) throw ApiProblem.from(response.status, body);
  searchAvailable = true;
  return body as SearchAnswer;
}

export async function suggestQueries(q: string): Promise<string[]> {
  if (searchAvailable === false || q.trim() === '') return [];
  const response = await getUntyped('/api/store/search/suggest', new URLSearchParams({ q, limit: '8' }));
  if (!response.ok) return [];
  const body = (await response.json()) as { suggestions?: { text: string }[] };
  return (body.suggestions ?? []).map((s) => s.text);
}

/** Tells search which result was opened, so ranking can learn; failures are not the shopper's problem. */
export function recordSearchClick(queryId: string, productId: string, position: number): void {
  void fetch('/api/store/search/events', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ queryId, productId, kind: 'click', position }),
  }).catch(() => undefined);
}
