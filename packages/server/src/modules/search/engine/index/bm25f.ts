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
  private flagArray = new Uint8Array(0);
  /** An unfiltered first pass kept for the searches that follow with the same words (see keepAsBase). */
  private base = {
    key: undefined as string | undefined,
    scores: new Float64Array(0),
    matched: new Int32Array(0),
    titleMatched: new Int32Array(0),
    touched: [] as number[],
  };
  /**
   * Per term, each posting's length-normalised, weighted field frequency (the `tf` BM25F saturates), as computed
   * for the index version and parameters below; common words recur in query after query.
   */
  private readonly tfCache = new Map<string, Float64Array>();
  private tfCached = 0;
  private tfVersion = -1;
  private tfParams: Bm25fParams | undefined;

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
      this.base = {
        key: undefined,
        scores: new Float64Array(size),
        matched: new Int32Array(size),
        titleMatched: new Int32Array(size),
        touched: [],
      };
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

  /**
   * Keeps what was scored since `begin` as the base for `key` (an unfiltered first pass), swapping arrays rather
   * than copying, and leaves the accumulator empty. Searches that differ only in their filters then `restore` it.
   */
  keepAsBase(key: string): void {
    [this.scores, this.base.scores] = [this.base.scores, this.scores];
    [this.matched, this.base.matched] = [this.base.matched, this.matched];
    [this.titleMatched, this.base.titleMatched] = [this.base.titleMatched, this.titleMatched];
    const touched = this.touched.slice();
    this.touched.length = 0;
    // The arrays now in use held the previous base: clear them where it wrote.
    for (const slot of this.base.touched) this.touched.push(slot);
    this.base.touched = touched;
    this.base.key = key;
    this.begin(this.scores.length);
  }

  /** Whether `keepAsBase(key)` is what the accumulator holds. */
  hasBase(key: string): boolean {
    return this.base.key === key && this.base.scores.length === this.scores.length;
  }

  /**
   * After `begin`: the base's products that `accept` lets through, as they were. A product's score depends only on
   * its own postings, so scoring everything and then filtering is the same as scoring the filtered.
   */
  restore(accept: ((slot: number) => boolean) | undefined): void {
    const { scores, matched, titleMatched, touched } = this.base;
    for (const slot of touched) {
      if (accept && !accept(slot)) continue;
      this.touched.push(slot);
      this.scores[slot] = scores[slot]!;
      this.matched[slot] = matched[slot]!;
      this.titleMatched[slot] = titleMatched[slot]!;
    }
  }

  /** A zeroed per-slot byte array for the current query (reused: valid until the next call). */
  flags(slotCount: number): Uint8Array {
    if (this.flagArray.length < slotCount)
      this.flagArray = new Uint8Array(Math.max(slotCount, this.scores.length));
    else this.flagArray.fill(0, 0, slotCount);
    return this.flagArray;
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
    const { k1 } = params;
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
      const keep = (slot: number, s: number, packed: number, weight: number) => {
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
        const weight = alt.weight;
        const { slots, packedTf } = list;
        if (candidates && candidates.length * 4 < slots.length) {
          // Few products to re-score against a long list: look the term up in each product instead.
          for (const slot of candidates) {
            if (accept && !accept(slot)) continue;
            const packed = index.at(slot)!.termTf.get(alt.term);
            if (packed === undefined) continue;
            const tf = fieldTf(packed, slot * fields, weights, bs, lengths, averages);
            keep(slot, (weight * idf * tf) / (k1 + tf), packed, weight);
          }
          continue;
        }
        const tfs = this.tfOf(index, alt.term, params, weights, bs, averages);
        if (concept.alternatives.length === 1) {
          // One alternative: a product's best is its only score for the concept (a list holds a product once), so
          // it is added at once, in list order, with the same arithmetic as through `best` below.
          const conceptWeight = concept.weight;
          for (let k = 0; k < slots.length; k++) {
            const slot = slots[k]!;
            if (onlyMatched && matched[slot] === 0) continue;
            if (accept && !accept(slot)) continue;
            const tf = tfs[k]!;
            const s = (weight * idf * tf) / (k1 + tf);
            if (weight >= 0.5 && unpackTf(packedTf[k]!, TITLE) > 0) titleMatched[slot]! |= bit;
            if (matched[slot] === 0) touched.push(slot);
            scores[slot]! += conceptWeight * s;
            matched[slot]! |= bit;
          }
          continue;
        }
        for (let k = 0; k < slots.length; k++) {
          const slot = slots[k]!;
          if (onlyMatched && matched[slot] === 0) continue;
          if (accept && !accept(slot)) continue;
          const tf = tfs[k]!;
          keep(slot, (weight * idf * tf) / (k1 + tf), packedTf[k]!, weight);
        }
      }
      for (const slot of conceptTouched) {
        if (matched[slot] === 0) touched.push(slot);
        scores[slot]! += concept.weight * best[slot]!;
        matched[slot]! |= bit;
      }
    });
  }

  private tfOf(
    index: InvertedIndex,
    term: string,
    params: Bm25fParams,
    weights: readonly number[],
    bs: readonly number[],
    averages: readonly number[],
  ): Float64Array {
    if (this.tfVersion !== index.version || this.tfParams !== params) {
      this.tfCache.clear();
      this.tfCached = 0;
      this.tfVersion = index.version;
      this.tfParams = params;
    }
    let tfs = this.tfCache.get(term);
    if (!tfs) {
      const { slots, packedTf } = index.postingsOf(term)!;
      const lengths = index.fieldLengthTable();
      const fields = weights.length;
      tfs = new Float64Array(slots.length);
      for (let k = 0; k < slots.length; k++)
        tfs[k] = fieldTf(packedTf[k]!, slots[k]! * fields, weights, bs, lengths, averages);
      // Past the cap, new terms are computed each time rather than the cache being emptied: old entries stay
      // until the index changes, so the process does not churn through large arrays.
      if (this.tfCached + tfs.length <= TF_CACHE_POSTINGS) {
        this.tfCache.set(term, tfs);
        this.tfCached += tfs.length;
      }
    }
    return tfs;
  }

  /** The `k` best matched products, best first (score, then slot: the order byScore gives). */
  top(k: number): FirstStageHit[] {
    return topSlots(this.touched, this.scores, k).map((slot) => this.hit(slot));
  }
}

// At most this many postings' frequencies are kept (8 bytes each).
const TF_CACHE_POSTINGS = 4_000_000;

/** BM25F's weighted, length-normalised frequency of one posting (the same arithmetic as scoreBm25f). */
function fieldTf(
  packed: number,
  base: number,
  weights: readonly number[],
  bs: readonly number[],
  lengths: Float64Array,
  averages: readonly number[],
): number {
  let tf = 0;
  for (let f = 0; f < weights.length; f++) {
    const raw = unpackTf(packed, f);
    if (raw === 0) continue;
    tf += (weights[f]! * raw) / (1 - bs[f]! + (bs[f]! * lengths[base + f]!) / averages[f]!);
  }
  return tf;
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
