import { normaliseText } from '../engine/text/normalise.ts';

export interface PhraseMatch<T> {
  value: T;
  start: number;
  end: number;
  phrase: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Finds dictionary phrases in normalised text, longest first, never overlapping. Chinese phrases match anywhere
 * (the text has no word boundaries); Latin phrases match whole words, with an optional plural ending.
 */
export class PhraseMatcher<T> {
  private readonly entries: { phrase: string; re: RegExp; value: T }[] = [];

  add(phrase: string, value: T): void {
    const norm = normaliseText(phrase).trim();
    if (!norm) return;
    const body = escape(norm).replace(/[\s-]+/g, '[\\s-]*');
    const re = /^[a-z0-9]/.test(norm)
      ? new RegExp(`(?<![a-z0-9])${body}(?:s|es)?(?![a-z0-9])`, 'g')
      : new RegExp(body, 'g');
    this.entries.push({ phrase: norm, re, value });
    this.entries.sort((a, b) => b.phrase.length - a.phrase.length);
  }

  matchAll(text: string): PhraseMatch<T>[] {
    const taken: boolean[] = new Array<boolean>(text.length).fill(false);
    const out: PhraseMatch<T>[] = [];
    for (const entry of this.entries) {
      entry.re.lastIndex = 0;
      for (const m of text.matchAll(entry.re)) {
        const start = m.index;
        const end = start + m[0].length;
        if (taken.slice(start, end).some(Boolean)) continue;
        for (let i = start; i < end; i++) taken[i] = true;
        out.push({ value: entry.value, start, end, phrase: m[0] });
      }
    }
    return out.sort((a, b) => a.start - b.start);
  }
}
