import * as OpenCC from 'opencc-js';

const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });

const HAN = /\p{Script=Han}/u;

export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/**
 * Folds what shoppers type and merchants write into one form before anything else looks at it:
 * full-width letters and digits to half width (NFKC), traditional characters to simplified, lower case.
 * OpenCC is skipped for text without Han characters because it dominates indexing time on English catalogues.
 */
export function normaliseText(text: string): string {
  const folded = text.normalize('NFKC').replace(/\u3000/g, ' ');
  const simplified = hasHan(folded) ? toSimplified(folded) : folded;
  return simplified.toLowerCase();
}
