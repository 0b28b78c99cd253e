import { describe, expect, it } from 'vitest';
import type { SearchDocument } from './document.ts';
import { FacetTable, countFacets, priceBands } from './facets.ts';

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

/** The bands as first written: a full sort, then a filter per band. */
function sortedBands(prices: readonly number[]) {
  const sorted = [...prices].sort((a, b) => a - b);
  const nice = (minor: number) => {
    const major = minor / 100;
    if (major <= 0) return 0;
    const magnitude = 10 ** Math.floor(Math.log10(major));
    const step = major / magnitude < 2.5 ? magnitude / 2 : magnitude;
    return Math.round(major / step) * step * 100;
  };
  const cuts = [...new Set([0.25, 0.5, 0.75].map((q) => nice(sorted[Math.floor(q * (sorted.length - 1))]!)))]
    .filter((c) => c > sorted[0]! && c <= sorted[sorted.length - 1]!)
    .sort((a, b) => a - b);
  const edges = [0, ...cuts];
  return edges.map((lower, i) => {
    const upper = edges[i + 1];
    return sorted.filter((p) => p >= lower && (upper === undefined || p < upper)).length;
  });
}

describe('priceBands', () => {
  it('cuts and counts as a full sort would', () => {
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (const n of [1, 2, 3, 4, 5, 7, 10, 50, 333, 2000]) {
      for (const spread of [1, 100, 100000]) {
        const prices = Array.from({ length: n }, () => Math.round(random() * spread) * 100);
        expect(priceBands(prices).map((b) => b.count)).toEqual(sortedBands(prices));
      }
    }
  });
});
