import { normaliseText } from './normalise.ts';
import type { ChineseSegmenter } from './segmenter.ts';
import { canonicalNumber, canonicalUnit } from './units.ts';
import { stemEnglish } from './stem.ts';

export interface Token {
  term: string;
  /** Word position; alternative forms of one word (sub-words, joined compounds) share it. */
  position: number;
}

export type AnalyzeMode = 'index' | 'query';

const STOPWORDS = new Set([
  'a',
  'an',
  'the',
  'and',
  'or',
  'of',
  'for',
  'with',
  'to',
  'by',
  'on',
  'at',
  'from',
  'is',
  'are',
  'be',
  'as',
  'this',
  'that',
  'it',
  'its',
  'your',
  'you',
  'our',
  'my',
  'w',
  'x',
  'in',
  'into',
  'into',
  'amp',
  'nbsp',
  'quot',
  'i',
  'me',
  'we',
  'can',
  'will',
  'all',
  'any',
  'some',
  'these',
  'those',
  'has',
  'have',
  '的',
  '了',
  '和',
  '与',
  '及',
  '或',
  '呢',
  '吗',
  '吧',
  '啊',
  '是',
  '在',
  '把',
  '也',
  '都',
  '很',
  '让',
]);
// Units that are also stopwords or letters ("in", "a", "w") count as units only right after a number.

const WORD = /\p{Script=Han}+|[\p{L}\p{N}]+(?:[-./'][\p{L}\p{N}]+)*/gu;
const NUMBER = /^\d+(?:[./]\d+)*$/;
const NUMBER_WITH_UNIT = /^(\d+(?:[./]\d+)*)([a-z]+)$/;
const DIMENSIONS = /^(\d+(?:\.\d+)?)x(\d+(?:\.\d+)?)$/;
const HAN = /^\p{Script=Han}/u;
const SPELLED_DIMENSIONS =
  /(?<![\d./])(\d+(?:[./]\d+)?)\s*(?:in|ft|cm|mm)?\s*\.?\s*x\s*(\d+(?:[./]\d+)?)(?![\d./])/g;

/**
 * Turns text into the terms the index stores and queries look up: normalised, segmented (Han runs by the
 * Chinese segmenter, the rest on word boundaries), plurals folded, numbers and units canonical. Documents get
 * extra forms (sub-words, joined hyphen compounds) so that more ways of asking find them.
 */
export class TextAnalyzer {
  constructor(readonly segmenter: ChineseSegmenter) {}

  analyze(text: string, mode: AnalyzeMode): Token[] {
    const clean = normaliseText(text)
      .replace(/<[^>]*>/g, ' ')
      .replace(/&[a-z]+;|&#\d+;/g, ' ')
      .replace(/(\d)\s*("|''|”)/g, '$1 in ')
      .replace(/(\d)\s*['’]/g, '$1 ft ')
      // Han runs and digits or Latin letters glued to them ("500毫升", "山野Pro") are separate words.
      .replace(/\p{Script=Han}+/gu, ' $& ');
    const out: Token[] = [];
    let position = 0;
    let previousWasNumber = false;
    const push = (term: string, alternative = false) => {
      out.push({ term, position: alternative ? position - 1 : position });
      if (!alternative) position += 1;
    };
    for (const match of clean.matchAll(WORD)) {
      const word = match[0];
      if (HAN.test(word)) {
        previousWasNumber = this.pushHan(word, mode, push, previousWasNumber);
        continue;
      }
      const parts = word.replace(/'s$/, '').split('-');
      for (const part of parts) previousWasNumber = pushLatin(part, push, previousWasNumber);
      if (mode === 'index' && parts.length > 1 && parts.every((p) => /^[a-z]+$/.test(p))) {
        push(stemEnglish(parts.join('')), true);
      }
    }
    // "5 in. x 5 in." is also indexed as "5x5", the way shoppers type dimensions.
    if (mode === 'index')
      for (const m of clean.matchAll(SPELLED_DIMENSIONS)) out.push({ term: `${m[1]}x${m[2]}`, position });
    return out;
  }

  /** Just the terms, for callers that do not need positions. */
  terms(text: string, mode: AnalyzeMode): string[] {
    return this.analyze(text, mode).map((t) => t.term);
  }

  private pushHan(
    run: string,
    mode: AnalyzeMode,
    push: (term: string, alternative?: boolean) => void,
    previousWasNumber: boolean,
  ): boolean {
    let afterNumber = previousWasNumber;
    for (const word of this.segmenter.cut(run)) {
      const unit = afterNumber ? canonicalUnit(word) : undefined;
      afterNumber = false;
      if (unit) {
        push(unit);
        continue;
      }
      if (STOPWORDS.has(word)) continue;
      push(word);
      if (mode === 'index' && word.length > 1) {
        const forms = new Set(word.length > 2 ? this.segmenter.cutForSearch(word) : []);
        // The last character of a Chinese compound is usually its head noun (徒步鞋 is a 鞋, 羽绒服 a 服).
        forms.add(word.slice(-1));
        forms.delete(word);
        for (const form of forms) push(form, true);
      }
    }
    return false;
  }
}

function pushLatin(
  part: string,
  push: (term: string, alternative?: boolean) => void,
  previousWasNumber: boolean,
): boolean {
  if (part === '') return previousWasNumber;
  if (NUMBER.test(part)) {
    push(canonicalNumber(part));
    return true;
  }
  const dims = DIMENSIONS.exec(part);
  if (dims) {
    push(part);
    push(canonicalNumber(dims[1] ?? ''), true);
    push(canonicalNumber(dims[2] ?? ''));
    return true;
  }
  const withUnit = NUMBER_WITH_UNIT.exec(part);
  if (withUnit) {
    const unit = canonicalUnit(withUnit[2] ?? '');
    push(canonicalNumber(withUnit[1] ?? ''));
    push(unit ?? stemEnglish(withUnit[2] ?? ''));
    return false;
  }
  if (/[./]/.test(part)) {
    let after = previousWasNumber;
    for (const piece of part.split(/[./]/)) after = pushLatin(piece, push, after);
    return after;
  }
  if (previousWasNumber) {
    const unit = canonicalUnit(part);
    if (unit) {
      push(unit);
      return false;
    }
  }
  if (STOPWORDS.has(part)) return false;
  push(stemEnglish(part));
  return false;
}
