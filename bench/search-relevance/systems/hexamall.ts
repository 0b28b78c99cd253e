import { existsSync, readFileSync } from 'node:fs';
import {
  DEFAULT_DICTIONARIES,
  InMemorySearchEngine,
  LearnedRankingStrategy,
  QueryUnderstanding,
  searchProducts,
  type AttributeValue,
  type RankerModel,
  type RankingStrategy,
  type SearchDocument,
} from '../../../packages/server/src/modules/search/index.ts';
import type { CorpusRecord } from '../dataset.ts';
import { foldOf } from '../ltr/folds.ts';
import type { FacetCounts, FacetedResult, RelevanceSystem } from './system.ts';

const RESERVED = new Set(['brand', 'category', 'price', 'tags']);

/**
 * A corpus line as a catalogue product: title and description as the English texts; brand, category, price and
 * tags where the dataset has them; every other text or scalar field as an attribute, which the index reads as
 * text. Arrays of non-strings (row ids) describe the dataset, not the product, and are left out.
 */
export function toSearchDocument(record: CorpusRecord): SearchDocument {
  const attributes: Record<string, AttributeValue> = {};
  for (const [key, value] of Object.entries(record.extra)) {
    if (RESERVED.has(key)) continue;
    const attributeKey = key.toLowerCase().replace(/[^a-z0-9_]/g, '_');
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
      attributes[attributeKey] = value;
    else if (Array.isArray(value) && value.every((v) => typeof v === 'string'))
      attributes[attributeKey] = value.join(' ');
  }
  const { brand, category, price, tags } = record.extra;
  return {
    id: record.id,
    texts: { en: { title: record.title, description: record.description } },
    brand: typeof brand === 'string' && brand ? { id: brand, names: [brand] } : null,
    category: typeof category === 'string' && category ? { id: category, names: [category], path: [] } : null,
    tags: Array.isArray(tags) ? tags.filter((t): t is string => typeof t === 'string') : [],
    attributes,
    price: typeof price === 'number' ? price : null,
  };
}

const FOLD_MODELS = new URL('../ltr/fold-models.json', import.meta.url);

/**
 * The shipped re-ranker was trained on these datasets' judgements, so scoring them with it would grade it on its
 * own training data. Each query is instead re-ranked by the fold model trained without that query's fold
 * (cross-validation by query text, ltr/train.ts): the same LearnedRankingStrategy code as the server's, with
 * weights that never saw the query. HEXAMALL_RANKER=shipped uses the shipped model instead (in-sample numbers).
 */
class OutOfFoldRanking implements RankingStrategy {
  readonly name = 'learned, out of fold';
  private readonly folds: LearnedRankingStrategy[];
  private current: LearnedRankingStrategy | undefined;

  constructor(models: RankerModel[]) {
    this.folds = models.map((m) => new LearnedRankingStrategy(m));
  }

  forQuery(query: string): void {
    this.current = this.folds[foldOf(query, this.folds.length)];
  }

  score(features: Parameters<RankingStrategy['score']>[0]): number {
    if (!this.current) throw new Error('forQuery() first');
    return this.current.score(features);
  }
}

function outOfFold(ranker: 'out-of-fold' | 'shipped'): OutOfFoldRanking | undefined {
  if (ranker === 'shipped' || process.env.HEXAMALL_RANKER === 'shipped' || !existsSync(FOLD_MODELS))
    return undefined;
  return new OutOfFoldRanking(JSON.parse(readFileSync(FOLD_MODELS, 'utf8')) as RankerModel[]);
}

/** Hexamall's search through the module's own path: query understanding, then the in-memory engine. */
export class HexamallSearch implements RelevanceSystem {
  readonly name = 'Hexamall';
  /** Hexamall's engine counts category, brand, price bands and attribute values over every match. */
  static readonly facetScope = 'native facets (category, brand, price bands, attributes) over every match';
  private readonly folds: OutOfFoldRanking | undefined;
  private readonly engine: InMemorySearchEngine;
  private understanding = new QueryUnderstanding(DEFAULT_DICTIONARIES);

  /** `shipped`: the server's own re-ranker (speed measurements), not the out-of-fold models (relevance). */
  constructor(ranker: 'out-of-fold' | 'shipped' = 'out-of-fold') {
    this.folds = outOfFold(ranker);
    this.engine = new InMemorySearchEngine(this.folds ? { ranking: this.folds } : {});
  }

  async index(corpus: readonly CorpusRecord[]): Promise<void> {
    await this.engine.upsert(corpus.map(toSearchDocument));
    this.understanding = new QueryUnderstanding(DEFAULT_DICTIONARIES, await this.engine.lexicon());
  }

  async search(query: string, depth: number): Promise<string[]> {
    this.folds?.forQuery(query);
    const result = await searchProducts(this.engine, this.understanding, {
      query,
      limit: depth,
      locale: 'en',
    });
    return result.result.hits.map((h) => h.id);
  }

  async rankWithin(query: string, candidates: readonly string[]): Promise<string[]> {
    this.folds?.forQuery(query);
    const result = await searchProducts(this.engine, this.understanding, {
      query,
      limit: candidates.length,
      locale: 'en',
      filters: { ids: [...candidates] },
      rankAll: true,
    });
    return result.result.hits.map((h) => h.id);
  }

  /** What GET /api/store/search asks of the engine: a page of hits with highlights, facets, no shopper history. */
  async searchFaceted(query: string, page: number): Promise<FacetedResult> {
    this.folds?.forQuery(query);
    const { result } = await searchProducts(this.engine, this.understanding, {
      query,
      limit: page,
      locale: 'en',
      facets: true,
      learnedBoost: new Map(),
    });
    const facets: FacetCounts = {};
    const f = result.facets;
    if (f) {
      for (const [name, buckets] of [
        ['category', f.category],
        ['brand', f.brand],
        ['price', f.price],
        ...f.attributes.map((a) => [a.key, a.buckets] as const),
      ] as const)
        facets[name] = Object.fromEntries(buckets.map((b) => [b.value, b.count]));
    }
    return { ids: result.hits.map((h) => h.id), total: result.total, facets };
  }
}
