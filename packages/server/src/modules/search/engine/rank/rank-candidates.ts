import { checkConstraint } from '../constraint-check.ts';
import type { Constraint, Verdict } from '../constraints.ts';
import type { SearchDocument } from '../document.ts';
import {
  Bm25fAccumulator,
  type QueryConcept,
  inverseDocumentFrequency,
  scoreBm25f,
  type Bm25fParams,
  type FirstStageHit,
} from '../index/bm25f.ts';
import type { IndexedDocument, InvertedIndex } from '../index/inverted-index.ts';
import type { SpellingIndex } from '../index/spelling.ts';
import type { Token } from '../text/analyzer.ts';
import type { SearchRequest, SortOrder } from '../search-engine.ts';
import { feedbackConcepts, type FeedbackParams } from './feedback.ts';
import { textFeatures, trigramsOf, type CandidateFeatures } from './features.ts';
import { acceptance, constraintCheck } from './acceptance.ts';
import { buildTextQuery, type Correction, type SpellingVariantParams } from './query-concepts.ts';
import type { RankingStrategy } from './ranking-strategy.ts';
import { shopSignals } from './shop-signals.ts';

export interface RankingSetup {
  index: InvertedIndex;
  spelling: SpellingIndex;
  heads: ReadonlyMap<number, ReadonlySet<string>>;
  bm25f: Bm25fParams;
  feedback: FeedbackParams | false;
  spellingVariants: SpellingVariantParams | false;
  strategy: RankingStrategy;
  rerankDepth: number;
  now: number;
  /** Attribute keys that at least one product carries: a product without one is then known not to have it. */
  attributeKeys: ReadonlySet<string>;
  /** Scratch space reused across queries (one per engine); a fresh one when absent. */
  accumulator?: Bm25fAccumulator;
  recentQueries?: RecentQueries;
}

export interface RankedCandidates {
  /** How many products matched and passed the filters. */
  total: number;
  /** Positions [from, to) of the ranking, best first. */
  range(from: number, to: number): { slot: number; score: number }[];
  /**
   * Every ranked product's slot, in no particular order (for facets). Like `range`, read it before the engine's
   * next search: it is the engine's scratch space, not a copy.
   */
  slots(): readonly number[];
  corrections: Correction[];
  /** Every term the query's words matched on, for highlighting. */
  matchedTerms: Set<string>;
}

/**
 * The whole ranking: the query's words to concepts, BM25F over the products the filters let through, feedback
 * terms and a second pass, then the re-ranker over the best `rerankDepth` candidates (all of them when the
 * request names its candidates), and the requested sort. Below the re-ranked head the first-stage order stands;
 * it is only sorted when a page or a sort order reaches it.
 */
export function rankCandidates(setup: RankingSetup, request: SearchRequest): RankedCandidates {
  const { index } = setup;
  const acc = setup.accumulator ?? new Bm25fAccumulator();
  const accept = acceptance(index, request, setup.attributeKeys, acc);
  const { tokens, concepts, corrections, key } = textQuery(setup, request);
  acc.begin(index.slotCount);
  let resembling: FirstStageHit[] = [];
  if (tokens.length === 0) {
    // No words to match (a query that is all price or sort words): every product the filters let through.
    const all: FirstStageHit[] = [];
    for (const entry of index.documents())
      if (!accept || accept(entry.slot))
        all.push({ slot: entry.slot, score: 0, matched: 0, titleMatched: 0 });
    acc.load(all);
  } else if (concepts.length > 0) {
    if (!acc.hasBase(key)) {
      acc.add(index, concepts, setup.bm25f, undefined);
      acc.keepAsBase(key);
    }
    acc.restore(accept);
    if (setup.feedback && acc.touched.length > 1) {
      const own = new Set(concepts.flatMap((c) => c.alternatives.map((a) => a.term)));
      const extra = feedbackConcepts(index, acc.top(setup.feedback.documents), own, setup.feedback);
      for (const c of extra) c.weight *= concepts.length;
      // Feedback re-weights what the query's words matched and never adds products: a shopper expects every
      // result to say what they asked for, and counts and facets to describe those results. Scores add up
      // concept by concept, so adding the feedback concepts to the first pass's scores is the second pass.
      if (request.rankAll && request.filters?.ids && accept && extra.length > 0) {
        const { matched } = acc;
        const others = (slot: number) => matched[slot] === 0 && accept(slot);
        resembling = byScore(scoreBm25f(index, extra, setup.bm25f, others));
      }
      if (extra.length > 0) acc.add(index, extra, setup.bm25f, undefined, concepts.length, true);
    }
  }
  if (acc.touched.length === 0 && tokens.length > 0) acc.load(structuralMatches(index, request, accept));
  const depth = request.filters?.ids ? acc.touched.length : setup.rerankDepth;
  const head = acc.top(depth);
  const conceptIdf = concepts.map((c) =>
    Math.max(
      0,
      ...c.alternatives.map((a) => inverseDocumentFrequency(index, index.documentFrequency(a.term))),
    ),
  );
  const headConcept = headConceptIndex(index, concepts, request.headWord);
  const context = {
    concepts,
    conceptIdf,
    headConcept,
    bestScore: head[0]?.score ?? 0,
    queryTrigrams: trigramsOf(tokens.map((t) => t.term)),
  };
  const signals = shopSignals(
    head.map((h) => index.at(h.slot)!.doc),
    setup.now,
  );
  const reranked = head.map((hit, i) => {
    const entry = index.at(hit.slot)!;
    const text = textFeatures(hit, entry, setup.heads.get(hit.slot) ?? NO_HEADS, context, i);
    const shop = signals[i]!;
    // One object literal with every feature (not spreads): the same shape for every candidate, so the strategies'
    // reads by feature name stay fast.
    const features: CandidateFeatures = {
      text: text.text,
      titleCoverage: text.titleCoverage,
      coverage: text.coverage,
      head: text.head,
      proximity: text.proximity,
      intent: intentScore(request.constraints ?? [], entry.doc),
      popularity: shop.popularity,
      rating: shop.rating,
      freshness: shop.freshness,
      personal: request.affinity?.get(entry.doc.id) ?? 0,
      learned: request.learnedBoost?.get(entry.doc.id) ?? 0,
      rawText: text.rawText,
      firstStageRank: text.firstStageRank,
      titlePrecision: text.titlePrecision,
      titleLength: text.titleLength,
      titleAll: text.titleAll,
      phrase: text.phrase,
      firstMatch: text.firstMatch,
      titleHeadInQuery: text.titleHeadInQuery,
      queryLength: text.queryLength,
      descriptionLength: text.descriptionLength,
      trigram: text.trigram,
      unmatched: text.unmatched,
      numbers: text.numbers,
    };
    return { slot: hit.slot, score: setup.strategy.score(features, entry.doc.id) };
  });
  reranked.sort((a, b) => b.score - a.score || a.slot - b.slot);
  const ranking = new Ranking(reranked, acc, resembling);
  const sort = request.sort ?? 'relevance';
  const sorted = sort === 'relevance' ? undefined : sortBy(ranking.range(0, ranking.total), sort, index);
  const matchedTerms = new Set(concepts.flatMap((c) => c.alternatives.map((a) => a.term)));
  return {
    total: ranking.total,
    range: (from, to) => (sorted ? sorted.slice(from, to) : ranking.range(from, to)),
    slots: () => ranking.slots(),
    corrections: [...corrections],
    matchedTerms,
  };
}

const NO_HEADS: ReadonlySet<string> = new Set();

interface TextQuery {
  tokens: Token[];
  concepts: QueryConcept[];
  corrections: Correction[];
  /** Names the query's words and the index version, for the accumulator's kept first pass. */
  key: string;
}

// Searches that differ only in their filters (zero-result recovery tries several) share the query's analysis (a few
// recent ones are kept per engine, for the index version they were computed on) and unfiltered first pass (the
// accumulator keeps the last one).
const RECENT_QUERIES = 8;

function textQuery(setup: RankingSetup, request: SearchRequest): TextQuery {
  const { index } = setup;
  const cache = setup.recentQueries;
  const key = `${request.text}\u0000${JSON.stringify(request.synonyms ?? {})}`;
  if (cache && cache.version !== index.version) {
    cache.entries.clear();
    cache.version = index.version;
  }
  const known = cache?.entries.get(key);
  if (known) return known;
  const tokens = index.analyzer.analyze(request.text, 'query');
  const synonyms = synonymLookup(index, request.synonyms);
  const subWords = (w: string) => index.analyzer.segmenter.cutForSearch(w).filter((s) => s !== w);
  const { concepts, corrections } = buildTextQuery(
    tokens,
    index,
    setup.spelling,
    synonyms,
    subWords,
    setup.spellingVariants,
  );
  const query = { tokens, concepts, corrections, key: `${index.version}\u0000${key}` };
  if (cache) {
    if (cache.entries.size >= RECENT_QUERIES) cache.entries.delete(cache.entries.keys().next().value!);
    cache.entries.set(key, query);
  }
  return query;
}

/** Recent queries' analyses and first passes (see textQuery); one per engine. */
export class RecentQueries {
  version = -1;
  readonly entries = new Map<string, TextQuery>();
}

/**
 * The re-ranked head, then the rest in first-stage order (score, then slot), then (rankAll) the candidates the
 * words missed. Below the head, entries are scored under the head's lowest score so the two never interleave.
 */
class Ranking {
  readonly total: number;
  private readonly floor: number;
  private tail: { slot: number; score: number }[] | undefined;

  constructor(
    private readonly head: readonly { slot: number; score: number }[],
    /** Every first-stage match with its score; read, not copied, so the ranking is read before the next search. */
    private readonly acc: Bm25fAccumulator,
    private readonly resembling: readonly FirstStageHit[],
  ) {
    this.total = acc.touched.length + resembling.length;
    let floor = Infinity;
    for (const r of head) floor = Math.min(floor, r.score);
    this.floor = head.length > 0 ? floor : 0;
  }

  range(from: number, to: number): { slot: number; score: number }[] {
    const end = Math.min(to, this.total);
    if (end <= this.head.length) return this.head.slice(from, end);
    return [...this.head, ...this.tailEntries()].slice(from, end);
  }

  slots(): readonly number[] {
    const { touched } = this.acc;
    return this.resembling.length === 0 ? touched : [...touched, ...this.resembling.map((h) => h.slot)];
  }

  private tailEntries(): { slot: number; score: number }[] {
    if (!this.tail) {
      const inHead = new Set(this.head.map((h) => h.slot));
      const { scores } = this.acc;
      const below = this.acc.touched.filter((slot) => !inHead.has(slot));
      below.sort((a, b) => scores[b]! - scores[a]! || a - b);
      const tail = [...below, ...this.resembling.map((h) => h.slot)];
      this.tail = tail.map((slot, i) => ({ slot, score: this.floor - 1 - i * 1e-9 }));
    }
    return this.tail;
  }
}

/**
 * When no product uses the query's words but the query was understood ("爬坡神鞋" is a merchant's name for a
 * category), the products that positively satisfy what was understood.
 */
function structuralMatches(
  index: InvertedIndex,
  request: SearchRequest,
  accept: ((slot: number) => boolean) | undefined,
): FirstStageHit[] {
  const positive = (request.constraints ?? []).filter((c) => c.mode === 'filter' && c.kind !== 'price');
  if (positive.length === 0) return [];
  const checks = positive.map(constraintCheck);
  const out: FirstStageHit[] = [];
  const consider = (entry: IndexedDocument) => {
    if (accept && !accept(entry.slot)) return;
    if (checks.every((check) => check(entry) === 'pass'))
      out.push({ slot: entry.slot, score: 0, matched: 0, titleMatched: 0 });
  };
  // Only a brand's or a category's products can pass a brand or category constraint: look at those, in slot
  // order, rather than at the whole catalogue.
  const candidates = structuralCandidates(index, positive, checks);
  if (candidates) for (const slot of candidates) consider(index.at(slot)!);
  else for (const entry of index.documents()) consider(entry);
  return out;
}

function structuralCandidates(
  index: InvertedIndex,
  positive: readonly Constraint[],
  checks: readonly ((entry: IndexedDocument) => Verdict)[],
): number[] | undefined {
  const brand = positive.find((c) => c.kind === 'brand');
  const slots = new Set<number>();
  if (brand) {
    for (const id of brand.brandIds) for (const slot of index.brandSlots(id) ?? []) slots.add(slot);
  } else {
    const at = positive.findIndex((c) => c.kind === 'category');
    if (at < 0) return undefined;
    for (const members of index.categoryGroupSlots().values()) {
      const first = members.values().next();
      if (first.done || checks[at]!(index.at(first.value)!) !== 'pass') continue;
      for (const slot of members) slots.add(slot);
    }
  }
  return [...slots].sort((a, b) => a - b);
}

function byScore(hits: FirstStageHit[]): FirstStageHit[] {
  return hits.sort((a, b) => b.score - a.score || a.slot - b.slot);
}

const VERDICT_SCORE: Record<Verdict, number> = { pass: 1, unknown: 0, fail: -0.5 };

/** Importance-weighted share of the understood intent the product satisfies (a failed boost counts against). */
export function intentScore(constraints: readonly Constraint[], doc: SearchDocument): number {
  let total = 0;
  let got = 0;
  for (const c of constraints) {
    if (c.kind === 'price') continue;
    total += c.importance;
    got += c.importance * VERDICT_SCORE[checkConstraint(c, doc)];
  }
  return total === 0 ? 0 : got / total;
}

function synonymLookup(index: InvertedIndex, synonyms: SearchRequest['synonyms']) {
  const table = new Map<string, { term: string; weight: number }[]>();
  for (const [word, alternatives] of Object.entries(synonyms ?? {})) {
    const key = index.analyzer.terms(word, 'query').join(' ');
    const list = table.get(key) ?? [];
    for (const alt of alternatives)
      for (const term of index.analyzer.terms(alt, 'query')) list.push({ term, weight: 1 });
    table.set(key, list);
  }
  return (term: string) => table.get(term) ?? [];
}

function headConceptIndex(
  index: InvertedIndex,
  concepts: readonly { alternatives: { term: string }[] }[],
  headWord?: string,
) {
  if (concepts.length === 0) return undefined;
  if (headWord) {
    const terms = index.analyzer.terms(headWord, 'query');
    const at = concepts.findIndex((c) => c.alternatives.some((a) => terms.includes(a.term)));
    if (at >= 0) return at;
  }
  return concepts.length - 1;
}

function sortBy(ranked: { slot: number; score: number }[], sort: SortOrder, index: InvertedIndex) {
  if (sort === 'relevance') return ranked;
  const key = (slot: number): number => {
    const doc = index.at(slot)!.doc;
    if (sort === 'price_asc') return doc.price ?? Infinity;
    if (sort === 'price_desc') return -(doc.price ?? -Infinity);
    if (sort === 'sales') return -(doc.sales ?? 0);
    if (sort === 'rating') return -(doc.rating ?? 0);
    return -(doc.createdAt ?? 0);
  };
  return [...ranked].sort((a, b) => key(a.slot) - key(b.slot) || b.score - a.score);
}
