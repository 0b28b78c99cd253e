import { create, insertMultiple, search as oramaSearch, type AnyOrama } from '@orama/orama';
import MiniSearch from 'minisearch';
import FlexSearch from 'flexsearch';
import type { CorpusRecord } from '../dataset.ts';
import {
  FACET_FIELDS,
  PRICE_BANDS,
  countFacetFields,
  type FacetCounts,
  type FacetedResult,
  type RelevanceSystem,
} from './system.ts';

// Every peer runs with its documented defaults over the same two text fields, title boosted as in Hexamall.
// With `faceted` (the search-speed bench) each also keeps the facet fields and answers `searchFaceted` with what
// it offers for faceting; the searched fields and the ranking stay the same.

export class OramaSystem implements RelevanceSystem {
  readonly name = '@orama/orama';
  /** Orama counts facets itself, over every match: enum fields by value, price by ranges. */
  static readonly facetScope = 'native facets (enum values, price ranges) over every match';
  private db: AnyOrama | undefined;

  constructor(private readonly faceted = false) {}

  async index(corpus: readonly CorpusRecord[]): Promise<void> {
    const facetSchema = this.faceted
      ? { ...Object.fromEntries(FACET_FIELDS.map((f) => [f, 'enum'])), price: 'number' }
      : {};
    this.db = create({
      schema: { id: 'string', title: 'string', description: 'string', ...facetSchema } as const,
    });
    await insertMultiple(
      this.db,
      corpus.map((r) => ({
        id: r.id,
        title: r.title,
        description: r.description,
        ...(this.faceted ? facetValues(r) : {}),
      })),
      1000,
    );
  }

  async searchFaceted(query: string, page: number): Promise<FacetedResult> {
    const result = await oramaSearch(this.db!, {
      term: query,
      properties: ['title', 'description'],
      boost: { title: 3 },
      limit: page,
      facets: {
        ...Object.fromEntries(FACET_FIELDS.map((f) => [f, {}])),
        price: { ranges: PRICE_BANDS.map(([from, to]) => ({ from, to })) },
      },
    });
    const facets: FacetCounts = {};
    for (const [name, facet] of Object.entries(result.facets ?? {})) facets[name] = facet.values;
    return { ids: result.hits.map((h) => String(h.document.id)), total: result.count, facets };
  }

  async search(query: string, depth: number): Promise<string[]> {
    const result = await oramaSearch(this.db!, {
      term: query,
      properties: ['title', 'description'],
      boost: { title: 3 },
      limit: depth,
    });
    return result.hits.map((h) => String(h.document.id));
  }
}

export class MiniSearchSystem implements RelevanceSystem {
  readonly name = 'minisearch';
  /** MiniSearch has no facets; it stores the fields and the adapter counts them over every match. */
  static readonly facetScope = 'no facets: stored fields counted by the adapter over every match';
  private readonly index_: MiniSearch<{ id: string; title: string; description: string }>;

  constructor(private readonly faceted = false) {
    this.index_ = new MiniSearch({
      fields: ['title', 'description'],
      storeFields: faceted ? ['extra'] : [],
    });
  }

  async index(corpus: readonly CorpusRecord[]): Promise<void> {
    this.index_.addAll(
      corpus.map((r) => ({
        id: r.id,
        title: r.title,
        description: r.description,
        ...(this.faceted ? { extra: facetValues(r) } : {}),
      })),
    );
  }

  async searchFaceted(query: string, page: number): Promise<FacetedResult> {
    const results = this.index_.search(query, { boost: { title: 3 } });
    return {
      ids: results.slice(0, page).map((r) => String(r.id)),
      total: results.length,
      facets: countFacetFields(results.map((r) => r.extra as Record<string, unknown> | undefined)),
    };
  }

  async search(query: string, depth: number): Promise<string[]> {
    return this.index_
      .search(query, { boost: { title: 3 } })
      .slice(0, depth)
      .map((r) => String(r.id));
  }
}

interface FlexDocument {
  add(doc: Record<string, string>): unknown;
  search(query: string, options: Record<string, unknown>): { id: string | number; field?: string[] }[];
}

/** FlexSearch reports no count of matches; faceted searches ask for this many and count over them. */
const FLEX_FACET_DEPTH = 1000;

export class FlexSearchSystem implements RelevanceSystem {
  readonly name = 'flexsearch';
  /** FlexSearch has tags for filtering but no facet counts and no match count. */
  static readonly facetScope = `no facets, no total: the adapter counts its first ${FLEX_FACET_DEPTH} hits`;
  private readonly index_ = new (
    FlexSearch as unknown as { Document: new (o: object) => FlexDocument }
  ).Document({
    document: { id: 'id', index: ['title', 'description'] },
    tokenize: 'forward',
  });
  private readonly extras = new Map<string, Record<string, unknown>>();

  constructor(private readonly faceted = false) {}

  async index(corpus: readonly CorpusRecord[]): Promise<void> {
    for (const r of corpus) {
      this.index_.add({ id: r.id, title: r.title, description: r.description });
      if (this.faceted) this.extras.set(r.id, facetValues(r));
    }
  }

  async searchFaceted(query: string, page: number): Promise<FacetedResult> {
    const hits = this.index_.search(query, { limit: FLEX_FACET_DEPTH, merge: true, suggest: true });
    const ids = hits.map((h) => String(h.id));
    return {
      ids: ids.slice(0, page),
      total: ids.length,
      facets: countFacetFields(ids.map((id) => this.extras.get(id))),
    };
  }

  async search(query: string, depth: number): Promise<string[]> {
    // merge: one list across fields; suggest: return partial matches instead of nothing when not every word matches.
    const hits = this.index_.search(query, { limit: depth, merge: true, suggest: true });
    return hits.map((h) => String(h.id));
  }
}

/** The facet fields a record carries (the search-speed catalogue's brand, category, attributes, price). */
function facetValues(r: CorpusRecord): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const f of FACET_FIELDS) if (typeof r.extra[f] === 'string') out[f] = r.extra[f];
  if (typeof r.extra.price === 'number') out.price = r.extra.price;
  return out;
}
