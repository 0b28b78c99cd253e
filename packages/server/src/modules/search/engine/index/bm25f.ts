import { SEARCH_FIELDS, type SearchField } from '../document.ts';
import { unpackTf, type InvertedIndex } from './inverted-index.ts';

/** One way of matching a query word: the word itself, a synonym, a spelling fix, a feedback term. */
export interface TermAlternative {
  term: string;
  weight: number;
}

/** A query word and its alternatives; a document scores by its best alternative, so synonyms never add up. */
export interface QueryConcept {
  alternatives: TermAlternative[];
  weight: number;
}

export interface Bm25fParams {
  k1: number;
  fieldWeight: Record<SearchField, number>;
  fieldB: Record<SearchField, number>;
}

export interface FirstStageHit {
  slot: number;
  score: number;
  /** Bit i is set when concept i matched anywhere / in the title. */
  matched: number;
  titleMatched: number;
}

const TITLE = SEARCH_FIELDS.indexOf('title');
// Concepts past this many share the last bit; queries that long are rare and coverage then saturates.
const MAX_TRACKED = 30;

export function inverseDocumentFrequency(index: InvertedIndex, df: number): number {
  const n = index.size;
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/**
 * BM25F (Robertson, Zaragoza & Taylor 2004): field term frequencies are length-normalised per field, weighted,
 * summed, and saturated once, so a word repeated across fields does not count as several words.
 */
export function scoreBm25f(
  index: InvertedIndex,
  concepts: readonly QueryConcept[],
  params: Bm25fParams,
  accept?: (slot: number) => boolean,
): FirstStageHit[] {
  const weights = SEARCH_FIELDS.map((f) => params.fieldWeight[f]);
  const bs = SEARCH_FIELDS.map((f) => params.fieldB[f]);
  const averages = SEARCH_FIELDS.map((_, f) => index.averageFieldLength(f));
  const scores = new Float64Array(index.slotCount);
  const matched = new Int32Array(index.slotCount);
  const titleMatched = new Int32Array(index.slotCount);
  // The best alternative's score per product for the concept at hand; `seen` marks which entries are current.
  const best = new Float64Array(index.slotCount);
  const seen = new Int32Array(index.slotCount);
  const touched: number[] = [];
  const conceptTouched: number[] = [];
  concepts.forEach((concept, i) => {
    const bit = 1 << Math.min(i, MAX_TRACKED);
    const stamp = i + 1;
    conceptTouched.length = 0;
    for (const alt of concept.alternatives) {
      const list = index.postingsOf(alt.term);
      if (!list) continue;
      const idf = inverseDocumentFrequency(index, list.slots.length);
      const { slots, packedTf } = list;
      for (let k = 0; k < slots.length; k++) {
        const slot = slots[k]!;
        if (accept && !accept(slot)) continue;
        const lengths = index.at(slot)!.fieldLengths;
        const packed = packedTf[k]!;
        let tf = 0;
        for (let f = 0; f < weights.length; f++) {
          const raw = unpackTf(packed, f);
          if (raw === 0) continue;
          tf += (weights[f]! * raw) / (1 - bs[f]! + (bs[f]! * lengths[f]!) / averages[f]!);
        }
        const s = (alt.weight * idf * tf) / (params.k1 + tf);
        if (seen[slot] !== stamp) {
          seen[slot] = stamp;
          best[slot] = s;
          conceptTouched.push(slot);
        } else if (s > best[slot]!) best[slot] = s;
        if (alt.weight >= 0.5 && unpackTf(packed, TITLE) > 0) titleMatched[slot]! |= bit;
      }
    }
    for (const slot of conceptTouched) {
      if (matched[slot] === 0) touched.push(slot);
      scores[slot]! += concept.weight * best[slot]!;
      matched[slot]! |= bit;
    }
  });
  return touched.map((slot) => ({
    slot,
    score: scores[slot]!,
    matched: matched[slot]!,
    titleMatched: titleMatched[slot]!,
  }));
}

/**
 * Scratch space for scoring one query at a time over an index: per-slot arrays kept between queries and
 * cleared only where the last query wrote, so a query costs what its posting lists cost rather than what the
 * catalogue's size costs. Everything here is synchronous; one engine's queries never interleave in it.
 */
export class Bm25fAccumulator {
  scores = new Float64Array(0);
  matched = new Int32Array(0);
  titleMatched = new Int32Array(0);
  /** Slots with a score, in the order they were first matched. */
  readonly touched: number[] = [];
  private best = new Float64Array(0);
  private seen = new Int32Array(0);
  private stamp = 0;

  /** Empties the accumulator for an index of `slotCount` slots. */
  begin(slotCount: number): void {
    for (const slot of this.touched) {
      this.scores[slot] = 0;
      this.matched[slot] = 0;
      this.titleMatched[slot] = 0;
    }
    this.touched.length = 0;
    if (this.scores.length < slotCount) {
      const size = Math.max(slotCount, Math.ceil(this.scores.length * 1.5));
      this.scores = new Float64Array(size);
      this.matched = new Int32Array(size);
      this.titleMatched = new Int32Array(size);
      this.best = new Float64Array(size);
      this.seen = new Int32Array(size);
      this.stamp = 0;
    }
  }

  /** Adds products scored elsewhere (structural matches); call right after `begin`, each slot once. */
  load(hits: readonly FirstStageHit[]): void {
    for (const h of hits) {
      this.touched.push(h.slot);
      this.scores[h.slot] = h.score;
      this.matched[h.slot] = h.matched;
      this.titleMatched[h.slot] = h.titleMatched;
    }
  }

  hit(slot: number): FirstStageHit {
    return {
      slot,
      score: this.scores[slot]!,
      matched: this.matched[slot]!,
      titleMatched: this.titleMatched[slot]!,
    };
  }

  /**
   * Adds `concepts` to the scores, exactly as scoreBm25f would with them following `offset` earlier concepts
   * (same arithmetic in the same order). `onlyMatched`: score only products an earlier call matched.
   */
  add(
    index: InvertedIndex,
    concepts: readonly QueryConcept[],
    params: Bm25fParams,
    accept: ((slot: number) => boolean) | undefined,
    offset = 0,
    onlyMatched = false,
  ): void {
    const weights = SEARCH_FIELDS.map((f) => params.fieldWeight[f]);
    const bs = SEARCH_FIELDS.map((f) => params.fieldB[f]);
    const averages = SEARCH_FIELDS.map((_, f) => index.averageFieldLength(f));
    const lengths = index.fieldLengthTable();
    const fields = weights.length;
    const { scores, matched, titleMatched, best, seen, touched } = this;
    const conceptTouched: number[] = [];
    const candidates = onlyMatched ? touched.slice() : undefined;
    concepts.forEach((concept, c) => {
      const i = offset + c;
      const bit = 1 << Math.min(i, MAX_TRACKED);
      if (this.stamp >= 0x7ffffff0) {
        seen.fill(0);
        this.stamp = 0;
      }
      const stamp = ++this.stamp;
      conceptTouched.length = 0;
      const score = (slot: number, packed: number, idf: number, weight: number) => {
        const base = slot * fields;
        let tf = 0;
        for (let f = 0; f < fields; f++) {
          const raw = unpackTf(packed, f);
          if (raw === 0) continue;
          tf += (weights[f]! * raw) / (1 - bs[f]! + (bs[f]! * lengths[base + f]!) / averages[f]!);
        }
        const s = (weight * idf * tf) / (params.k1 + tf);
        if (seen[slot] !== stamp) {
          seen[slot] = stamp;
          best[slot] = s;
          conceptTouched.push(slot);
        } else if (s > best[slot]!) best[slot] = s;
        if (weight >= 0.5 && unpackTf(packed, TITLE) > 0) titleMatched[slot]! |= bit;
      };
      for (const alt of concept.alternatives) {
        const list = index.postingsOf(alt.term);
        if (!list) continue;
        const idf = inverseDocumentFrequency(index, list.slots.length);
        const { slots, packedTf } = list;
        if (candidates && candidates.length * 4 < slots.length) {
          // Few products to re-score against a long list: look the term up in each product instead.
          for (const slot of candidates) {
            if (accept && !accept(slot)) continue;
            const packed = index.at(slot)!.termTf.get(alt.term);
            if (packed !== undefined) score(slot, packed, idf, alt.weight);
          }
          continue;
        }
        for (let k = 0; k < slots.length; k++) {
          const slot = slots[k]!;
          if (onlyMatched && matched[slot] === 0) continue;
          if (accept && !accept(slot)) continue;
          score(slot, packedTf[k]!, idf, alt.weight);
        }
      }
      for (const slot of conceptTouched) {
        if (matched[slot] === 0) touched.push(slot);
        scores[slot]! += concept.weight * best[slot]!;
        matched[slot]! |= bit;
      }
    });
  }

  /** The `k` best matched products, best first (score, then slot: the order byScore gives). */
  top(k: number): FirstStageHit[] {
    return topSlots(this.touched, this.scores, k).map((slot) => this.hit(slot));
  }
}

/** The `k` best of `slots` by score (ties: lower slot first), best first, without sorting them all. */
export function topSlots(slots: readonly number[], scores: Float64Array, k: number): number[] {
  if (k <= 0) return [];
  // `worse(a, b)`: a ranks below b.
  const worse = (a: number, b: number) => scores[a]! < scores[b]! || (scores[a] === scores[b] && a > b);
  if (slots.length <= k) return [...slots].sort((a, b) => (worse(a, b) ? 1 : worse(b, a) ? -1 : 0));
  // A min-heap (the worst kept at the root) of the best k seen so far.
  const heap: number[] = [];
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && worse(heap[l]!, heap[m]!)) m = l;
      if (r < heap.length && worse(heap[r]!, heap[m]!)) m = r;
      if (m === i) return;
      [heap[i], heap[m]] = [heap[m]!, heap[i]!];
      i = m;
    }
  };
  for (const slot of slots) {
    if (heap.length < k) {
      heap.push(slot);
      let i = heap.length - 1;
      while (i > 0) {
        const p = (i - 1) >> 1;
        if (!worse(heap[i]!, heap[p]!)) break;
        [heap[i], heap[p]] = [heap[p]!, heap[i]!];
        i = p;
      }
    } else if (worse(heap[0]!, slot)) {
      heap[0] = slot;
      down(0);
    }
  }
  return heap.sort((a, b) => (worse(a, b) ? 1 : worse(b, a) ? -1 : 0));
}
