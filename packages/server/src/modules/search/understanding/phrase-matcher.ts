import { normaliseText } from '../engine/text/normalise.ts';

export interface PhraseMatch<T> {
  value: T;
  start: number;
  end: number;
  phrase: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A phrase's characters without the spaces and hyphens its pattern lets vary (see `add`). */
const squash = (s: string) => s.replace(/[\s-]+/g, '');

interface Entry<T> {
  phrase: string;
  squashed: string;
  re: RegExp;
  value: T;
}

/**
 * Finds dictionary phrases in normalised text, longest first, never overlapping. Chinese phrases match anywhere
 * (the text has no word boundaries); Latin phrases match whole words, with an optional plural ending.
 *
 * A catalogue's brands make this thousands of phrases, so a query only tries those that can match: whatever a
 * phrase's pattern matches is the phrase's characters with spaces and hyphens in between, so a phrase whose
 * squashed form is not in the squashed text cannot match. Candidates are found by their first two characters.
 */
export class PhraseMatcher<T> {
  private readonly entries: Entry<T>[] = [];
  /** Entry positions (in longest-first order) by the first two characters of their squashed phrase. */
  private byPrefix: Map<string, number[]> | undefined;
  /** Entries too short to key that way, tried on every text. */
  private unkeyed: number[] = [];

  add(phrase: string, value: T): void {
    const norm = normaliseText(phrase).trim();
    if (!norm) return;
    const body = escape(norm).replace(/[\s-]+/g, '[\\s-]*');
    const re = /^[a-z0-9]/.test(norm)
      ? new RegExp(`(?<![a-z0-9])${body}(?:s|es)?(?![a-z0-9])`, 'g')
      : new RegExp(body, 'g');
    this.entries.push({ phrase: norm, squashed: squash(norm), re, value });
    this.byPrefix = undefined;
  }

  private compile(): Map<string, number[]> {
    // Stable, so phrases of one length keep the order they were added in.
    this.entries.sort((a, b) => b.phrase.length - a.phrase.length);
    const byPrefix = new Map<string, number[]>();
    this.unkeyed = [];
    this.entries.forEach((entry, i) => {
      if (entry.squashed.length < 2) {
        this.unkeyed.push(i);
        return;
      }
      const key = entry.squashed.slice(0, 2);
      const list = byPrefix.get(key);
      if (list) list.push(i);
      else byPrefix.set(key, [i]);
    });
    this.byPrefix = byPrefix;
    return byPrefix;
  }

  matchAll(text: string): PhraseMatch<T>[] {
    const byPrefix = this.byPrefix ?? this.compile();
    const squashed = squash(text);
    const candidates = new Set<number>(this.unkeyed);
    for (let i = 0; i + 2 <= squashed.length; i++)
      for (const at of byPrefix.get(squashed.slice(i, i + 2)) ?? []) candidates.add(at);
    const order = [...candidates].sort((a, b) => a - b);
    const taken: boolean[] = new Array<boolean>(text.length).fill(false);
    const out: PhraseMatch<T>[] = [];
    for (const at of order) {
      const entry = this.entries[at]!;
      if (!squashed.includes(entry.squashed)) continue;
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
