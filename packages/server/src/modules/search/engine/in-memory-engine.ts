import { FacetTable } from './facets.ts';
import type { SearchDocument } from './document.ts';
import { highlight } from './highlight.ts';
import { Bm25fAccumulator, type Bm25fParams } from './index/bm25f.ts';
import { InvertedIndex } from './index/inverted-index.ts';
import { SpellingIndex } from './index/spelling.ts';
import type { FeedbackParams } from './rank/feedback.ts';
import type { SpellingVariantParams } from './rank/query-concepts.ts';
import { headTerm } from './rank/head-term.ts';
import { RecentQueries, rankCandidates } from './rank/rank-candidates.ts';
import { shippedRankingStrategy } from './rank/learned-ranking.ts';
import type { RankingStrategy } from './rank/ranking-strategy.ts';
import type {
  CatalogueLexicon,
  SearchEngine,
  SearchHit,
  SearchRequest,
  SearchResult,
  Suggestion,
} from './search-engine.ts';
import { SuggestionList } from './suggest.ts';
import { TextAnalyzer } from './text/analyzer.ts';
import { JiebaSegmenter, type ChineseSegmenter } from './text/segmenter.ts';

export const DEFAULT_BM25F: Bm25fParams = {
  k1: 1.2,
  fieldWeight: { title: 3, brand: 2, category: 2, tags: 1.5, attributes: 1.5, description: 1 },
  fieldB: { title: 0.75, brand: 0.3, category: 0.3, tags: 0.5, attributes: 0.5, description: 0.75 },
};

export const DEFAULT_FEEDBACK: FeedbackParams = {
  documents: 30,
  terms: 30,
  weight: 0.3,
  maxDocumentShare: 0.1,
};

export const DEFAULT_SPELLING_VARIANTS: SpellingVariantParams = { weight: 0.9, ratio: 5 };

export interface InMemoryEngineOptions {
  segmenter?: ChineseSegmenter;
  ranking?: RankingStrategy;
  bm25f?: Bm25fParams;
  feedback?: FeedbackParams | false;
  /** A commoner spelling of a query word the catalogue uses (see query-concepts.ts); false for none. */
  spellingVariants?: SpellingVariantParams | false;
  /** How many first-stage candidates the re-ranker sees. */
  rerankDepth?: number;
  now?: () => number;
}

/**
 * The default SearchEngine: an inverted index in this process's memory, rebuilt from the database at boot
 * and kept current by the catalogue's events.
 */
export class InMemorySearchEngine implements SearchEngine {
  readonly analyzer: TextAnalyzer;
  private readonly index: InvertedIndex;
  private readonly spelling = new SpellingIndex();
  private readonly heads = new Map<number, Set<string>>();
  private readonly suggestions = new SuggestionList();
  private readonly attributeKeyCounts = new Map<string, number>();
  private readonly accumulator = new Bm25fAccumulator();
  private readonly facets = new FacetTable();
  private readonly recentQueries = new RecentQueries();
  private readonly options: Required<Omit<InMemoryEngineOptions, 'segmenter'>>;

  constructor(options: InMemoryEngineOptions = {}) {
    this.analyzer = new TextAnalyzer(options.segmenter ?? new JiebaSegmenter());
    this.index = new InvertedIndex(this.analyzer);
    this.options = {
      ranking: options.ranking ?? shippedRankingStrategy(),
      bm25f: options.bm25f ?? DEFAULT_BM25F,
      feedback: options.feedback ?? DEFAULT_FEEDBACK,
      spellingVariants: options.spellingVariants ?? DEFAULT_SPELLING_VARIANTS,
      rerankDepth: options.rerankDepth ?? 200,
      now: options.now ?? Date.now,
    };
  }

  async upsert(docs: readonly SearchDocument[]): Promise<void> {
    for (const doc of docs) {
      const existing = this.index.get(doc.id);
      if (existing) this.forget(existing.slot, existing.doc);
      for (const term of this.index.upsert(doc)) this.spelling.add(term);
      this.countAttributes(doc, 1);
      const slot = this.index.get(doc.id)!.slot;
      this.facets.set(slot, doc);
      const heads = new Set<string>();
      for (const texts of Object.values(doc.texts)) {
        const head = headTerm(texts.title, this.analyzer);
        if (head) heads.add(head);
      }
      this.heads.set(slot, heads);
      this.suggestions.upsert(doc);
    }
  }

  async remove(ids: readonly string[]): Promise<void> {
    for (const id of ids) {
      const existing = this.index.get(id);
      if (existing) this.forget(existing.slot, existing.doc);
      this.index.remove(id);
      this.suggestions.remove(id);
    }
  }

  private forget(slot: number, doc: SearchDocument): void {
    this.heads.delete(slot);
    this.facets.delete(slot);
    this.countAttributes(doc, -1);
  }

  private countAttributes(doc: SearchDocument, delta: number): void {
    for (const key of Object.keys(doc.attributes ?? {})) {
      const n = (this.attributeKeyCounts.get(key) ?? 0) + delta;
      if (n > 0) this.attributeKeyCounts.set(key, n);
      else this.attributeKeyCounts.delete(key);
    }
  }

  async clear(): Promise<void> {
    await this.remove([...this.index.documents()].map((d) => d.doc.id));
    this.suggestions.clear();
  }

  async count(): Promise<number> {
    return this.index.size;
  }

  async search(request: SearchRequest): Promise<SearchResult> {
    const ranking = rankCandidates(
      {
        index: this.index,
        spelling: this.spelling,
        heads: this.heads,
        bm25f: this.options.bm25f,
        feedback: this.options.feedback,
        spellingVariants: this.options.spellingVariants,
        strategy: this.options.ranking,
        rerankDepth: this.options.rerankDepth,
        now: this.options.now(),
        attributeKeys: new Set(this.attributeKeyCounts.keys()),
        accumulator: this.accumulator,
        recentQueries: this.recentQueries,
      },
      request,
    );
    const { corrections, matchedTerms } = ranking;
    const offset = request.offset ?? 0;
    const limit = request.limit ?? 20;
    const hits: SearchHit[] = ranking.range(offset, offset + limit).map(({ slot, score }) => {
      const doc = this.index.at(slot)!.doc;
      const highlights: Record<string, string> = {};
      for (const [locale, texts] of Object.entries(doc.texts)) {
        highlights[locale] = highlight(texts.title, matchedTerms, this.analyzer);
      }
      return { id: doc.id, score, highlights };
    });
    const facets = request.facets ? this.facets.count(ranking.slots()) : undefined;
    return { hits, total: ranking.total, facets, corrections };
  }

  async suggest(prefix: string, limit: number): Promise<Suggestion[]> {
    return this.suggestions.suggest(prefix, limit);
  }

  async lexicon(): Promise<CatalogueLexicon> {
    const brands = new Map<string, string[]>();
    const categories = new Map<string, string[]>();
    for (const { doc } of this.index.documents()) {
      if (doc.brand) brands.set(doc.brand.id, doc.brand.names);
      if (doc.category) categories.set(doc.category.id, doc.category.names);
    }
    return {
      brands: [...brands].map(([id, names]) => ({ id, names })),
      categories: [...categories].map(([id, names]) => ({ id, names })),
    };
  }
}
