import type { SearchDocument } from './document.ts';
import type { Suggestion } from './search-engine.ts';
import { normaliseText } from './text/normalise.ts';
import { pinyin } from 'pinyin-pro';

interface Entry extends Suggestion {
  keys: string[];
  weight: number;
}

/**
 * Completions as the shopper types: product titles, brands and categories whose words (or their pinyin) start
 * with what was typed. A linear scan: a shop's catalogue is thousands of products, not millions.
 */
export class SuggestionList {
  private readonly byProduct = new Map<string, Entry[]>();

  upsert(doc: SearchDocument): void {
    const entries: Entry[] = [];
    const weight = Math.log1p(doc.sales ?? 0) + 1;
    for (const texts of Object.values(doc.texts)) entries.push(entry(texts.title, 'product', weight));
    for (const name of doc.brand?.names ?? []) entries.push(entry(name, 'brand', weight));
    for (const name of doc.category?.names ?? []) entries.push(entry(name, 'category', weight));
    this.byProduct.set(doc.id, entries);
  }

  remove(id: string): void {
    this.byProduct.delete(id);
  }

  clear(): void {
    this.byProduct.clear();
  }

  suggest(prefix: string, limit: number): Suggestion[] {
    const p = normaliseText(prefix).replace(/\s+/g, ' ').trim();
    if (p === '') return [];
    const han = /\p{Script=Han}/u.test(p);
    const scores = new Map<string, Suggestion & { score: number }>();
    for (const entries of this.byProduct.values()) {
      for (const e of entries) {
        // Chinese has no spaces to start words at, so a Han prefix may match anywhere in the text.
        const at = han ? (e.keys[0]!.includes(p) ? 0 : -1) : e.keys.findIndex((k) => k.startsWith(p));
        if (at < 0) continue;
        // Brands and categories before titles; earlier-word matches before later ones; sellers first.
        const score = e.weight + (e.kind === 'product' ? 0 : 2) - at * 0.1;
        const seen = scores.get(e.text);
        if (seen) seen.score += score;
        else scores.set(e.text, { text: e.text, kind: e.kind, score });
      }
    }
    return [...scores.values()]
      .sort((a, b) => b.score - a.score || a.text.localeCompare(b.text))
      .slice(0, limit)
      .map(({ text, kind }) => ({ text, kind }));
  }
}

function entry(text: string, kind: Suggestion['kind'], weight: number): Entry {
  const norm = normaliseText(text);
  const words = norm.split(/[\s/,，]+/).filter(Boolean);
  const keys = [norm, ...words.map((_, i) => words.slice(i).join(' '))];
  if (/\p{Script=Han}/u.test(norm)) {
    const syllables = pinyin(norm.replace(/[^\p{Script=Han}]/gu, ''), { toneType: 'none', type: 'array' });
    keys.push(syllables.join(''), syllables.map((s) => s[0]).join(''));
  }
  return { text, kind, keys: [...new Set(keys)], weight };
}
