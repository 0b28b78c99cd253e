import type { TextAnalyzer } from './text/analyzer.ts';

const PIECE = /\p{Script=Han}+|[\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*/gu;

const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/**
 * The text, HTML-escaped, with each word that matched the query wrapped in <em>. Chinese runs are split by the
 * segmenter so that 徒步 lights up inside 防滑徒步鞋 rather than the whole run.
 */
export function highlight(text: string, matched: ReadonlySet<string>, analyzer: TextAnalyzer): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(PIECE)) {
    out += escapeHtml(text.slice(last, m.index));
    const words = /\p{Script=Han}/u.test(m[0]) ? analyzer.segmenter.cut(m[0]) : [m[0]];
    for (const word of words) {
      const hit = indexTerms(word, analyzer).some((t) => matched.has(t));
      out += hit ? `<em>${escapeHtml(word)}</em>` : escapeHtml(word);
    }
    last = m.index + m[0].length;
  }
  return out + escapeHtml(text.slice(last));
}

// A word's index terms, kept per analyzer for words without Han characters, even after NFKC (their analysis never
// reaches the segmenter, whose dictionary can grow): the same words recur in title after title. Emptied at the cap.
const WORD_CACHE_CAP = 50_000;
const wordTerms = new WeakMap<TextAnalyzer, Map<string, string[]>>();

function indexTerms(word: string, analyzer: TextAnalyzer): readonly string[] {
  if (/\p{Script=Han}/u.test(word.normalize('NFKC'))) return analyzer.terms(word, 'index');
  let cache = wordTerms.get(analyzer);
  if (!cache) wordTerms.set(analyzer, (cache = new Map()));
  let terms = cache.get(word);
  if (!terms) {
    terms = analyzer.terms(word, 'index');
    if (cache.size >= WORD_CACHE_CAP) cache.clear();
    cache.set(word, terms);
  }
  return terms;
}
