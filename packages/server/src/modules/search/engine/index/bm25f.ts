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
