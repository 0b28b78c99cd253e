import type { FirstStageHit, QueryConcept } from '../index/bm25f.ts';
import type { IndexedDocument } from '../index/inverted-index.ts';
import { SEARCH_FIELDS } from '../document.ts';

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
  // Text details only the learned re-ranker reads (learned-ranking.ts); the linear weights leave them at 0.
  /** log(1 + first-stage score): how strong the match is in absolute terms, not only relative to the best. */
  rawText: number;
  /** 1 / (1 + first-stage position). */
  firstStageRank: number;
  /** Share of the title's words that are query words (a short title that is the query vs a long one). */
  titlePrecision: number;
  /** Title length in words over 30, capped at 1. */
  titleLength: number;
  /** 1 when every query word is in the title. */
  titleAll: number;
  /** 1 when, besides, they appear there in order, each within two words of the last. */
  phrase: number;
  /** Where the first query word sits in the title (0 first, 1 last or absent). */
  firstMatch: number;
  /** 1 when one of the title's head nouns is a query word (the product is a kind the query names). */
  titleHeadInQuery: number;
  /** Query length in concepts over 10, capped: lets the model weigh the others differently for long queries. */
  queryLength: number;
  /** log(1 + description length) over 8, capped at 1. */
  descriptionLength: number;
  /** Dice overlap of the character trigrams of the query's words and the title's (typos, compounds, plurals). */
  trigram: number;
  /** Query words found nowhere in the product, over 5, capped. */
  unmatched: number;
  /** Share of the query's numbers (sizes, gauges, models) that the title has; 1 when the query has none. */
  numbers: number;
}

export interface TextMatchContext {
  concepts: readonly QueryConcept[];
  conceptIdf: readonly number[];
  /** Index of the concept naming what is asked for, when the query has one. */
  headConcept: number | undefined;
  bestScore: number;
  /** Character trigrams of the query's own words (trigramsOf). */
  queryTrigrams: ReadonlySet<string>;
}

/** The character trigrams of words, each padded with a space at both ends. */
export function trigramsOf(words: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const w of words) {
    const padded = ` ${w} `;
    for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  }
  return out;
}

const NUMERIC = /\d/;

const ADJACENT_WINDOW = 2;

const DESCRIPTION = SEARCH_FIELDS.indexOf('description');

export function textFeatures(
  hit: FirstStageHit,
  doc: IndexedDocument,
  heads: ReadonlySet<string>,
  ctx: TextMatchContext,
  position: number,
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
  const forms = formsOf(ctx);
  const title = doc.titleTerms;
  // In any concept's forms (forms.some((f) => f.has(t))), as one set.
  const anyForm = anyFormOf(ctx);
  const inQuery = (t: string) => anyForm.has(t);
  const titleHits = title.filter(inQuery).length;
  const firstAt = title.findIndex(inQuery);
  const proximity = titleProximity(title, forms);
  const allBits = ctx.concepts.length >= 31 ? -1 : (1 << ctx.concepts.length) - 1;
  const titleAll = ctx.concepts.length > 0 && (hit.titleMatched & allBits) === allBits ? 1 : 0;
  const { shared, titleGramCount } = sharedTrigrams(ctx.queryTrigrams, title);
  const gramTotal = ctx.queryTrigrams.size + titleGramCount;
  let unmatched = 0;
  let numeric = 0;
  let numericInTitle = 0;
  ctx.concepts.forEach((c, i) => {
    const bit = 1 << Math.min(i, 30);
    if (!(hit.matched & bit)) unmatched += 1;
    if (c.alternatives.some((a) => NUMERIC.test(a.term))) {
      numeric += 1;
      if (hit.titleMatched & bit) numericInTitle += 1;
    }
  });
  return {
    text: ctx.bestScore > 0 ? hit.score / ctx.bestScore : 0,
    titleCoverage: total > 0 ? inTitle / total : 0,
    coverage: total > 0 ? anywhere / total : 0,
    head,
    proximity,
    rawText: Math.log1p(hit.score),
    firstStageRank: 1 / (1 + position),
    titlePrecision: title.length > 0 ? titleHits / title.length : 0,
    titleLength: Math.min(1, title.length / 30),
    titleAll,
    phrase: titleAll && (ctx.concepts.length < 2 || proximity === 1) ? 1 : 0,
    firstMatch: firstAt < 0 || title.length < 2 ? 1 : firstAt / (title.length - 1),
    titleHeadInQuery: [...heads].some(inQuery) ? 1 : 0,
    queryLength: Math.min(1, ctx.concepts.length / 10),
    descriptionLength: Math.min(1, Math.log1p(doc.fieldLengths[DESCRIPTION] ?? 0) / 8),
    trigram: gramTotal > 0 ? (2 * shared) / gramTotal : 0,
    unmatched: Math.min(1, unmatched / 5),
    numbers: numeric > 0 ? numericInTitle / numeric : 1,
  };
}

// Each concept's forms (alternatives weighing at least 0.5), worked out once per query rather than per candidate.
const conceptForms = new WeakMap<TextMatchContext, Set<string>[]>();

function formsOf(ctx: TextMatchContext): Set<string>[] {
  let forms = conceptForms.get(ctx);
  if (!forms) {
    forms = ctx.concepts.map(
      (c) => new Set(c.alternatives.filter((a) => a.weight >= 0.5).map((a) => a.term)),
    );
    conceptForms.set(ctx, forms);
  }
  return forms;
}

/**
 * A title's words, each padded with a space at both ends, in one string, and how many distinct trigrams
 * (trigramsOf) they have; worked out once per indexed title. A trigram without two spaces in a row is one of the
 * title's exactly when the string contains it: any three characters across two padded words include both pads.
 */
const titleGramsOf = new WeakMap<readonly string[], { padded: string; count: number }>();

function sharedTrigrams(
  query: ReadonlySet<string>,
  title: readonly string[],
): { shared: number; titleGramCount: number } {
  let known = titleGramsOf.get(title);
  if (!known) {
    known = { padded: title.map((w) => ` ${w} `).join(''), count: trigramsOf(title).size };
    titleGramsOf.set(title, known);
  }
  let shared = 0;
  let grams: Set<string> | undefined;
  for (const g of query) {
    if (g.includes('  ')) {
      grams ??= trigramsOf(title);
      if (grams.has(g)) shared += 1;
    } else if (known.padded.includes(g)) shared += 1;
  }
  return { shared, titleGramCount: known.count };
}

const conceptAnyForm = new WeakMap<TextMatchContext, Set<string>>();

function anyFormOf(ctx: TextMatchContext): Set<string> {
  let any = conceptAnyForm.get(ctx);
  if (!any) {
    any = new Set(formsOf(ctx).flatMap((f) => [...f]));
    conceptAnyForm.set(ctx, any);
  }
  return any;
}

function titleProximity(titleTerms: readonly string[], conceptForms: readonly Set<string>[]): number {
  if (conceptForms.length < 2) return 0;
  const positions = conceptForms.map((forms) => {
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
