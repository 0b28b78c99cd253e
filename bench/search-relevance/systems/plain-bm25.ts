import type { CorpusRecord } from '../dataset.ts';
import type { RelevanceSystem } from './system.ts';

const tokens = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * The textbook baseline: Okapi BM25 (k1 1.2, b 0.75) over all text fields as one, lower-cased word tokens,
 * no stemming, no stop words. Anything else in this benchmark should beat it.
 */
export class PlainBm25 implements RelevanceSystem {
  readonly name = 'plain BM25';
  private ids: string[] = [];
  private lengths: number[] = [];
  private averageLength = 1;
  private readonly postings = new Map<string, { doc: number; tf: number }[]>();

  constructor(
    private readonly k1 = 1.2,
    private readonly b = 0.75,
  ) {}

  async index(corpus: readonly CorpusRecord[]): Promise<void> {
    corpus.forEach((record, doc) => {
      const words = tokens(`${record.title} ${record.description}`);
      this.ids.push(record.id);
      this.lengths.push(words.length);
      const counts = new Map<string, number>();
      for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
      for (const [term, tf] of counts) {
        const list = this.postings.get(term) ?? [];
        list.push({ doc, tf });
        this.postings.set(term, list);
      }
    });
    this.averageLength = this.lengths.reduce((a, b) => a + b, 0) / Math.max(1, this.lengths.length);
  }

  private score(query: string, accept?: Set<number>): Map<number, number> {
    const scores = new Map<number, number>();
    const n = this.ids.length;
    for (const term of new Set(tokens(query))) {
      const list = this.postings.get(term);
      if (!list) continue;
      const idf = Math.log(1 + (n - list.length + 0.5) / (list.length + 0.5));
      for (const { doc, tf } of list) {
        if (accept && !accept.has(doc)) continue;
        const norm = this.k1 * (1 - this.b + (this.b * this.lengths[doc]!) / this.averageLength);
        scores.set(doc, (scores.get(doc) ?? 0) + (idf * tf * (this.k1 + 1)) / (tf + norm));
      }
    }
    return scores;
  }

  async search(query: string, depth: number): Promise<string[]> {
    return [...this.score(query)]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, depth)
      .map(([doc]) => this.ids[doc]!);
  }
}
