import type { QueryConcept, TermAlternative } from '../index/bm25f.ts';
import type { InvertedIndex } from '../index/inverted-index.ts';
import type { SpellingIndex } from '../index/spelling.ts';
import type { Token } from '../text/analyzer.ts';

export interface Correction {
  from: string;
  to: string;
}

export interface TextQuery {
  concepts: QueryConcept[];
  corrections: Correction[];
}

// How much an alternative form counts against the word as typed.
/**
 * A query word the catalogue uses can still be a misspelling the catalogue shares ("rechargable" in a few titles):
 * a spelling one edit away that `ratio` times as many products use joins it at `weight`.
 */
export interface SpellingVariantParams {
  weight: number;
  ratio: number;
}

const WEIGHT = { synonym: 0.8, compound: 0.9, spelling1: 0.9, spelling2: 0.75, pinyin: 0.9, subword: 0.7 };

/**
 * Turns the query's words into concepts the index can score: each word with its synonyms, and for words the
 * catalogue never uses, a spelling correction, its pinyin's Chinese word, its parts ("deckover") or sub-words.
 * Adjacent words the catalogue writes as one ("deck over" -> deckover) get the joined form too.
 */
export function buildTextQuery(
  tokens: readonly Token[],
  index: InvertedIndex,
  spelling: SpellingIndex,
  synonymsOf: (term: string) => readonly TermAlternative[],
  subWordsOf: (term: string) => readonly string[],
  variants: SpellingVariantParams | false = false,
): TextQuery {
  const df = (t: string) => index.documentFrequency(t);
  const words = primaryWords(tokens);
  const concepts: QueryConcept[] = [];
  const corrections: Correction[] = [];
  words.forEach((word, i) => {
    const alternatives: TermAlternative[] = [];
    const add = (term: string, weight: number) => {
      const known = alternatives.find((a) => a.term === term);
      if (known) known.weight = Math.max(known.weight, weight);
      else alternatives.push({ term, weight });
    };
    if (df(word) > 0) add(word, 1);
    // Long words only: short ones have many neighbours one edit away that are other words (tile, tide).
    if (variants && df(word) > 0 && word.length >= 6)
      for (const fix of spelling.corrections(word, df))
        if (fix.distance === 1 && df(fix.term) >= variants.ratio * df(word)) add(fix.term, variants.weight);
    for (const s of synonymsOf(word)) if (df(s.term) > 0) add(s.term, s.weight * WEIGHT.synonym);
    const next = words[i + 1];
    if (next !== undefined && /^[a-z]+$/.test(word + next) && df(word + next) > 0)
      add(word + next, WEIGHT.compound);
    const previous = words[i - 1];
    if (previous !== undefined && /^[a-z]+$/.test(previous + word) && df(previous + word) > 0) {
      add(previous + word, WEIGHT.compound);
    }
    if (df(word) === 0) {
      const fixed = spelling.corrections(word, df)[0];
      if (fixed) {
        add(fixed.term, fixed.distance === 1 ? WEIGHT.spelling1 : WEIGHT.spelling2);
        corrections.push({ from: word, to: fixed.term });
      } else {
        const parts = splitCompound(word, df);
        if (parts) {
          for (const part of parts)
            concepts.push({ alternatives: [{ term: part, weight: WEIGHT.compound }], weight: 1 });
          corrections.push({ from: word, to: parts.join(' ') });
          return;
        }
        const pinyinWords = spelling.fromPinyin(word, df);
        if (pinyinWords) {
          for (const sounds of pinyinWords) {
            concepts.push({
              alternatives: sounds.map((term) => ({ term, weight: WEIGHT.pinyin })),
              weight: 1,
            });
          }
          corrections.push({ from: word, to: pinyinWords.map((sounds) => sounds[0]).join('') });
          return;
        }
        for (const sub of subWordsOf(word)) if (df(sub) > 0) add(sub, WEIGHT.subword);
      }
    }
    if (alternatives.length > 0) concepts.push({ alternatives, weight: 1 });
  });
  return { concepts, corrections };
}

function primaryWords(tokens: readonly Token[]): string[] {
  const out: string[] = [];
  let last = -1;
  for (const t of tokens) {
    if (t.position === last) continue;
    out.push(t.term);
    last = t.position;
  }
  return out;
}

/** "deckover" -> ["deck", "over"] when both halves are catalogue words; the split whose rarer half is commonest wins. */
function splitCompound(word: string, df: (t: string) => number): [string, string] | undefined {
  if (!/^[a-z]{6,}$/.test(word)) return undefined;
  let best: [string, string] | undefined;
  let bestScore = 0;
  for (let i = 3; i <= word.length - 3; i++) {
    const left = word.slice(0, i);
    const right = word.slice(i);
    const score = Math.min(df(left), df(right));
    if (score > bestScore) {
      best = [left, right];
      bestScore = score;
    }
  }
  return best;
}
