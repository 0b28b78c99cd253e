import type { TextAnalyzer } from '../text/analyzer.ts';

// Where a product title or a query stops naming the thing and starts qualifying it.
const QUALIFIER = /\s[-–—|:]\s|[,，;；(（[【]|\b(?:for|with|without|by|from|featuring|includes?|that)\b/i;
// "in" qualifies only before a capitalised word ("Bath Bar in Brushed Nickel"); "12 in. Angle" is a measure.
const IN_QUALIFIER = /\sin\s+(?=\p{Lu})/u;

/**
 * The head noun of a title or query: the last word before the first qualifier ("LED Christmas Lights - Clear
 * Wire" -> light, "case for iphone" -> case). Retail titles and queries both put the product type there, so a
 * product whose head matches the query's is the kind of thing asked for, not an accessory of it.
 */
export function headTerm(text: string, analyzer: TextAnalyzer): string | undefined {
  const first = (text.split(IN_QUALIFIER)[0] ?? text).split(QUALIFIER)[0] ?? text;
  const terms = analyzer.terms(first, 'query').filter((t) => !/^[\d./]+$/.test(t));
  if (terms.length > 0) return terms[terms.length - 1];
  const all = analyzer.terms(text, 'query').filter((t) => !/^[\d./]+$/.test(t));
  return all[all.length - 1];
}
