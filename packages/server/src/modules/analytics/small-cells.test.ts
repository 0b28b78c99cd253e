import { describe, expect, it } from 'vitest';
import { suppressSmallCells } from './small-cells.ts';

const cells = (counts: Record<string, number>, bands = Object.keys(counts)) =>
  Object.fromEntries(
    suppressSmallCells(new Map(Object.entries(counts)), bands).map((c) => [c.band, c.count]),
  );

describe('small-cell suppression', () => {
  it('hides bands of 1 to 4 people and keeps empty and larger bands', () => {
    expect(cells({ a: 12, b: 3, c: 4, d: 0, e: 5 })).toEqual({ a: 12, b: null, c: null, d: 0, e: 5 });
  });

  it('hides the next smallest band too when only one would be hidden, so the total cannot reveal it', () => {
    expect(cells({ a: 20, b: 7, c: 2, d: 0 })).toEqual({ a: 20, b: null, c: null, d: 0 });
  });

  it('lists every band in order, absent ones as 0', () => {
    expect(suppressSmallCells(new Map([['x', 9]]), ['w', 'x'])).toEqual([
      { band: 'w', count: 0 },
      { band: 'x', count: 9 },
    ]);
  });
});
