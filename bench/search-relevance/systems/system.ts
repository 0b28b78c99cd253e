import type { CorpusRecord } from '../dataset.ts';

/** A search system under test: indexes the corpus once, then answers each query. */
export interface RelevanceSystem {
  readonly name: string;
  index(corpus: readonly CorpusRecord[]): Promise<void>;
  /** Product ids over the whole corpus, best first, at most `depth` of them. */
  search(query: string, depth: number): Promise<string[]>;
  /** Ranks only these products; systems without it are judged on their full ranking, condensed. */
  rankWithin?(query: string, candidates: readonly string[]): Promise<string[]>;
  close?(): Promise<void>;
}
