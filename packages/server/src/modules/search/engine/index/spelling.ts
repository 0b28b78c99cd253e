import { pinyin } from 'pinyin-pro';

const LATIN_WORD = /^[a-z]{4,}$/;
const HAN_WORD = /^\p{Script=Han}+$/u;
const MAX_SYLLABLES_PER_WORD = 6;

/**
 * Finds what a shopper meant by a word the catalogue never uses: a typo of a catalogue word (symmetric-delete
 * lookup, Garbe's SymSpell, up to two edits) or the pinyin of a Chinese word ("tubuxie" -> 徒步鞋).
 * Candidates are only ever catalogue words, so a correction always finds something.
 */
export class SpellingIndex {
  private readonly byDelete = new Map<string, string[]>();
  private readonly byPinyin = new Map<string, string[]>();
  private readonly known = new Set<string>();

  add(term: string): void {
    if (this.known.has(term)) return;
    if (LATIN_WORD.test(term)) {
      this.known.add(term);
      for (const key of [term, ...deletesOf(term)]) push(this.byDelete, key, term);
    } else if (HAN_WORD.test(term)) {
      this.known.add(term);
      const syllables = pinyin(term, { toneType: 'none', type: 'array' });
      push(this.byPinyin, syllables.join(''), term);
      // Initials ("tbx") only for real words: a single initial would match half the catalogue.
      if (term.length > 1) push(this.byPinyin, syllables.map((s) => s[0]).join(''), term);
    }
  }

  /** Catalogue words within two edits of `word`, nearest first. `frequency` ranks ties (document frequency). */
  corrections(word: string, frequency: (term: string) => number): { term: string; distance: number }[] {
    if (!LATIN_WORD.test(word) && !(word.length === 3 && /^[a-z]+$/.test(word))) return [];
    const maxDistance = word.length <= 5 ? 1 : 2;
    const candidates = new Set<string>();
    const probes = new Set([word, ...deletesOf(word)]);
    if (maxDistance > 1) for (const d of [...probes]) for (const dd of deletesOf(d)) probes.add(dd);
    for (const probe of probes) for (const term of this.byDelete.get(probe) ?? []) candidates.add(term);
    const out: { term: string; distance: number; df: number }[] = [];
    for (const term of candidates) {
      if (term === word) continue;
      const df = frequency(term);
      if (df === 0) continue;
      const distance = editDistance(word, term, maxDistance);
      if (distance <= maxDistance) out.push({ term, distance, df });
    }
    out.sort((a, b) => a.distance - b.distance || b.df - a.df || a.term.localeCompare(b.term));
    return out.map(({ term, distance }) => ({ term, distance }));
  }

  /**
   * Reads `word` as pinyin: the fewest catalogue words whose pinyin, joined, spells it ("tubuxie" -> 徒步 + 鞋).
   * Each piece comes back with every catalogue word that sounds like it. Undefined when it is not pinyin.
   */
  fromPinyin(word: string, frequency: (term: string) => number): string[][] | undefined {
    if (!/^[a-z]{2,40}$/.test(word)) return undefined;
    // Fewest pieces wins; among as few, the reading whose words the catalogue uses most ("tubu|xie", 徒步 鞋,
    // over "tu|buxie", 途 布鞋).
    type Reading = { pieces: string[][]; support: number };
    const best: (Reading | undefined)[] = new Array<Reading | undefined>(word.length + 1).fill(undefined);
    best[0] = { pieces: [], support: 0 };
    for (let end = 1; end <= word.length; end++) {
      for (let start = Math.max(0, end - MAX_SYLLABLES_PER_WORD * 6); start < end; start++) {
        const before = best[start];
        if (!before) continue;
        const terms = (this.byPinyin.get(word.slice(start, end)) ?? []).filter((t) => frequency(t) > 0);
        if (terms.length === 0) continue;
        const candidate = {
          pieces: [...before.pieces, terms],
          support: before.support + Math.max(...terms.map(frequency)),
        };
        const current = best[end];
        const better =
          !current ||
          candidate.pieces.length < current.pieces.length ||
          (candidate.pieces.length === current.pieces.length && candidate.support > current.support);
        if (better) best[end] = candidate;
      }
    }
    return best[word.length]?.pieces;
  }
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

function deletesOf(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** Damerau-Levenshtein (optimal string alignment), giving up past `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => {
    const row = new Array<number>(cols).fill(0);
    row[0] = i;
    return row;
  });
  for (let j = 0; j < cols; j++) d[0]![j] = j;
  for (let i = 1; i < rows; i++) {
    let rowMin = Infinity;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > limit) return limit + 1;
  }
  return d[a.length]![b.length]!;
}
