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
      const hit = analyzer.terms(word, 'index').some((t) => matched.has(t));
      out += hit ? `<em>${escapeHtml(word)}</em>` : escapeHtml(word);
    }
    last = m.index + m[0].length;
  }
  return out + escapeHtml(text.slice(last));
}
