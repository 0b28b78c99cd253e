// Words whose trailing s, ing or ed is part of the word, not an inflection.
const KEEP = new Set([
  'glass',
  'brass',
  'grass',
  'dress',
  'press',
  'less',
  'bus',
  'gas',
  'lens',
  'series',
  'species',
  'news',
  'canvas',
  'chassis',
  'always',
  'this',
  'its',
  'plus',
  'cactus',
  'status',
  'famous',
  'various',
]);

/**
 * A plural folder ("lights"/"light", "batteries"/"battery", "boxes"/"box"), leaving every other suffix
 * alone: product words carry meaning in them ("heater" is not "heat", "lighting" is not "light"), and
 * undoing -ing without a dictionary mangles stems ("hiking" -> "hik").
 */
export function stemEnglish(word: string): string {
  if (word.length <= 3 || KEEP.has(word) || !/^[a-z]+$/.test(word)) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(sses|shes|ches|xes|zes)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('oes') && word.length > 5) return word.slice(0, -2);
  if (word.endsWith('s') && !/(ss|us|is|ys)$/.test(word)) return word.slice(0, -1);
  return word;
}
