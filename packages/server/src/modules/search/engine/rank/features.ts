import type { FirstStageHit, QueryConcept } from '../index/bm25f.ts';
import type { IndexedDocument } from '../index/inverted-index.ts';

/** What the re-ranker knows about one candidate; every feature is scaled to about 0..1. */
export interface CandidateFeatures {
  /** First-stage (BM25F + feedback) score over the best candidate's. */
  text: number;
  /** IDF-weighted share of the query's words found in the title, and anywhere. */
  titleCoverage: number;
  coverage: number;
  /** 1 when the title's head noun is the query's head noun (a lamp, not a lamp shade). */
  head: number;
  /** Share of adjacent query word pairs that are adjacent, in order, in the title. */
  proximity: number;
  /** Share of the understood intent (category, scene, persona, attributes) the product satisfies. */
  intent: number;
  popularity: number;
  rating: number;
  freshness: number;
  /** The shopper's affinity for the product; 0 without consent to personalisation. */
  personal: number;
  /** How often shoppers who searched this query chose the product (from the search logs). */
  learned: number;
}

export interface TextMatchContext {
  concepts: readonly QueryConcept[];
  conceptIdf: readonly number[];
  /** Index of the concept naming what is asked for, when the query has one. */
  headConcept: number | undefined;
  bestScore: number;
}

const ADJACENT_WINDOW = 2;

export function textFeatures(
  hit: FirstStageHit,
  doc: IndexedDocument,
  heads: ReadonlySet<string>,
  ctx: TextMatchContext,
) {
  let total = 0;
  let inTitle = 0;
  let anywhere = 0;
  ctx.concepts.forEach((_, i) => {
    const idf = ctx.conceptIdf[i] ?? 0;
    total += idf;
    if (hit.titleMatched & (1 << i)) inTitle += idf;
    if (hit.matched & (1 << i)) anywhere += idf;
  });
  const headConcept = ctx.headConcept === undefined ? undefined : ctx.concepts[ctx.headConcept];
  const head = headConcept?.alternatives.some((a) => a.weight >= 0.5 && heads.has(a.term)) ? 1 : 0;
  return {
    text: ctx.bestScore > 0 ? hit.score / ctx.bestScore : 0,
    titleCoverage: total > 0 ? inTitle / total : 0,
    coverage: total > 0 ? anywhere / total : 0,
    head,
    proximity: titleProximity(doc.titleTerms, ctx.concepts),
  };
}

function titleProximity(titleTerms: readonly string[], concepts: readonly QueryConcept[]): number {
  if (concepts.length < 2) return 0;
  const positions = concepts.map((c) => {
    const forms = new Set(c.alternatives.filter((a) => a.weight >= 0.5).map((a) => a.term));
    const at: number[] = [];
    titleTerms.forEach((t, p) => {
      if (forms.has(t)) at.push(p);
    });
    return at;
  });
  let adjacent = 0;
  for (let i = 0; i + 1 < positions.length; i++) {
    const next = positions[i + 1]!;
    if (positions[i]!.some((p) => next.some((q) => q > p && q - p <= ADJACENT_WINDOW))) adjacent += 1;
  }
  return adjacent / (positions.length - 1);
}
