import type { FirstStageHit, QueryConcept } from '../index/bm25f.ts';
import type { InvertedIndex } from '../index/inverted-index.ts';
import { unpackTf } from '../index/inverted-index.ts';
import { SEARCH_FIELDS } from '../document.ts';

export interface FeedbackParams {
  /** How many top products to learn from, and how many terms to add. */
  documents: number;
  terms: number;
  /** The added terms' total weight against the query's own words (RM3's 1 - lambda). */
  weight: number;
  /** Terms in more than this share of the catalogue say nothing about the query. */
  maxDocumentShare: number;
}

/**
 * Pseudo-relevance feedback (RM3, Abdul-Jaleel et al. 2004): the words the best first-stage products share,
 * weighted by those products' scores, join the query. It finds products that describe the same thing in other
 * words, learning only from the catalogue itself.
 */
export function feedbackConcepts(
  index: InvertedIndex,
  ranked: readonly FirstStageHit[],
  queryTerms: ReadonlySet<string>,
  params: FeedbackParams,
): QueryConcept[] {
  const top = ranked.slice(0, params.documents);
  const total = top.reduce((sum, h) => sum + h.score, 0);
  if (top.length < 2 || total <= 0) return [];
  const maxDf = Math.max(2, index.size * params.maxDocumentShare);
  const weights = new Map<string, number>();
  for (const hit of top) {
    const entry = index.at(hit.slot);
    if (!entry || entry.length === 0) continue;
    const docWeight = hit.score / total;
    for (const [term, packed] of entry.termTf) {
      if (queryTerms.has(term) || /^[\d./]+$/.test(term) || term.length < 2) continue;
      let tf = 0;
      for (let f = 0; f < SEARCH_FIELDS.length; f++) tf += unpackTf(packed, f);
      weights.set(term, (weights.get(term) ?? 0) + (docWeight * tf) / entry.length);
    }
  }
  const chosen = [...weights]
    .filter(([term]) => {
      const df = index.documentFrequency(term);
      return df > 1 && df <= maxDf;
    })
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, params.terms);
  const sum = chosen.reduce((s, [, w]) => s + w, 0);
  if (sum === 0) return [];
  return chosen.map(([term, w]) => ({
    alternatives: [{ term, weight: 1 }],
    weight: (params.weight * w) / sum,
  }));
}
