import { describe, expect, it } from 'vitest';
import type { SearchDocument } from '../document.ts';
import { InMemorySearchEngine } from '../in-memory-engine.ts';

const doc = (id: string, title: string): SearchDocument => ({ id, texts: { en: { title } } });

// Filler so that the shared words of the candidates are rare enough to be feedback terms.
const FILLER = Array.from({ length: 20 }, (_, i) => doc(`f${i}`, `garden hose ${i} green`));

describe('re-ranking given candidates (rankAll)', () => {
  it('orders the candidates the words miss after those they match, by resemblance, and leaves out none that resemble', async () => {
    const engine = new InMemorySearchEngine();
    await engine.upsert([
      ...FILLER,
      doc('shoe-a', 'Hiking shoe waterproof leather'),
      doc('shoe-b', 'Hiking shoe breathable mesh'),
      doc('boot', 'Waterproof leather boot'),
      doc('pot', 'Ceramic kitchen pot'),
    ]);
    const ids = ['pot', 'boot', 'shoe-b', 'shoe-a'];
    const search = async (rankAll: boolean) =>
      (await engine.search({ text: 'hiking shoe', filters: { ids }, limit: 10, rankAll })).hits.map(
        (h) => h.id,
      );
    const matchedOnly = await search(false);
    expect(matchedOnly.sort()).toEqual(['shoe-a', 'shoe-b']);
    const all = await search(true);
    expect(all.slice(0, 2).sort()).toEqual(['shoe-a', 'shoe-b']);
    // The boot shares "waterproof leather" with a matched shoe; the pot shares nothing and stays out.
    expect(all.slice(2)).toEqual(['boot']);
  });
});
