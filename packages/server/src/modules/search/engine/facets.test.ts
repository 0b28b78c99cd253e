import { describe, expect, it } from 'vitest';
import type { SearchDocument } from './document.ts';
import { FacetTable, countFacets } from './facets.ts';

function doc(i: number): SearchDocument {
  return {
    id: `p${i}`,
    texts: { en: { title: `product ${i}` } },
    brand: i % 5 === 0 ? null : { id: `b${i % 7}`, names: [`Brand ${i % 7}`] },
    category: { id: `c${i % 3}`, names: [`Category ${i % 3}`], path: [] },
    attributes: {
      colour: ['red', 'blue', 'green'][i % 3]!,
      waterproof: i % 2 === 0,
      weight: i,
      ...(i % 4 === 0 ? { material: 'steel' } : {}),
    },
    price: i % 6 === 0 ? null : 1000 + ((i * 7919) % 50000),
  };
}

describe('FacetTable', () => {
  it('counts what countFacets counts over the same products', () => {
    const table = new FacetTable();
    const docs = Array.from({ length: 200 }, (_, i) => doc(i));
    docs.forEach((d, slot) => table.set(slot, d));
    table.delete(7);
    const slots = docs.map((_, slot) => slot).filter((slot) => slot % 3 !== 1 && slot !== 7);
    expect(table.count(slots)).toEqual(countFacets(slots.map((slot) => docs[slot]!)));
    expect(table.count([])).toEqual(countFacets([]));
  });
});
