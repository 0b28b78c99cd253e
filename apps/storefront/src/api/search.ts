import { api } from './client.ts';
import { ApiProblem } from './problem.ts';
import type { Answer } from './types.ts';

/** GET /api/store/search: the understood intent, results, facets and corrections. */
export type SearchAnswer = Answer<'/api/store/search', 'get'>;
export type SearchItem = SearchAnswer['items'][number];
export type SearchBucket = SearchAnswer['facets']['brand'][number];
export type SearchSort = SearchAnswer['intent']['sort'];

export interface SearchFilters {
  category?: string;
  brand?: string;
  priceMin?: number;
  priceMax?: number;
  attr?: string[];
  sort?: SearchSort;
  /** Understood parts given up, comma-separated ids (`scene:hiking,attr:anti_slip`). */
  drop?: string;
}

/** undefined until the first call tells whether this server has the search module. */
let searchAvailable: boolean | undefined;

export function isSearchAvailable(): boolean | undefined {
  return searchAvailable;
}

/**
 * Runs a search; answers undefined when the server has no search route (a deployment without the search
 * module), and the page browses the catalogue instead.
 */
export async function searchProducts(
  q: string,
  filters: SearchFilters,
  page: { offset: number; limit: number },
): Promise<SearchAnswer | undefined> {
  if (searchAvailable === false) return undefined;
  const query: { q: string; offset: number; limit: number } & SearchFilters = { q, ...page };
  for (const [key, value] of Object.entries(filters) as [
    keyof SearchFilters,
    SearchFilters[keyof SearchFilters],
  ][])
    if (value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0))
      Object.assign(query, { [key]: value });
  const { data, error, response } = await api.GET('/api/store/search', { params: { query } });
  if (response.status === 404 && (error as { code?: string } | undefined)?.code === 'ROUTE_NOT_FOUND') {
    searchAvailable = false;
    return undefined;
  }
  if (!data) throw ApiProblem.from(response.status, error);
  searchAvailable = true;
  return data;
}

export async function suggestQueries(q: string): Promise<string[]> {
  if (searchAvailable === false || q.trim() === '') return [];
  const { data } = await api.GET('/api/store/search/suggest', { params: { query: { q, limit: 8 } } });
  return (data?.suggestions ?? []).map((s) => s.text);
}

/** Tells search which result was opened, so ranking can learn; failures are not the shopper's problem. */
export function recordSearchClick(queryId: string, productId: string, position: number): void {
  void api
    .POST('/api/store/search/events', { body: { queryId, productId, kind: 'click', position } })
    .catch(() => undefined);
}
