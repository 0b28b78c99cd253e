import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

/** Splits a run of Han characters into words. Swappable so the choice stays measurable (docs/decisions/0003). */
export interface ChineseSegmenter {
  readonly name: string;
  /** The most likely words, for queries. */
  cut(text: string): string[];
  /** The words plus their shorter dictionary words, for documents, so a query for a part still matches. */
  cutForSearch(text: string): string[];
  /** Teaches the segmenter words a merchant's dictionaries use (brands, scene phrases). */
  addWords(words: readonly string[]): void;
}

let sharedJieba: Jieba | undefined;

/** jieba's dictionary is ~5 MB: load it once per process, on first use. */
function jieba(): Jieba {
  sharedJieba ??= Jieba.withDict(dict);
  return sharedJieba;
}

export class JiebaSegmenter implements ChineseSegmenter {
  readonly name = 'jieba';
  private readonly known = new Set<string>();

  cut(text: string): string[] {
    return jieba().cut(text, true);
  }

  cutForSearch(text: string): string[] {
    return jieba().cutForSearch(text, true);
  }

  addWords(words: readonly string[]): void {
    const fresh = words.filter((w) => w.length > 1 && !this.known.has(w));
    if (fresh.length === 0) return;
    for (const w of fresh) this.known.add(w);
    // A high frequency makes jieba keep the merchant's phrase whole rather than splitting it.
    jieba().loadDict(Buffer.from(fresh.map((w) => `${w} 20000`).join('\n')));
  }
}

/** The ICU word breaker that ships with Node: no dependency, but no user dictionary either. */
export class IntlSegmenter implements ChineseSegmenter {
  readonly name = 'intl';
  private readonly segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

  cut(text: string): string[] {
    const out: string[] = [];
    for (const s of this.segmenter.segment(text)) if (s.isWordLike) out.push(s.segment);
    return out;
  }

  cutForSearch(text: string): string[] {
    const out: string[] = [];
    for (const word of this.cut(text)) {
      out.push(word);
      // Without a dictionary of sub-words, character bigrams are the closest stand-in.
      if (word.length > 2) for (let i = 0; i + 2 <= word.length; i++) out.push(word.slice(i, i + 2));
    }
    return out;
  }

  addWords(): void {
    // Intl.Segmenter has no user dictionary; merchant phrases are matched as character runs instead.
  }
}
