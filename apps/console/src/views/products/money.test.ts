import { describe, expect, it } from 'vitest';
import { fenToYuan, yuanToFen } from './money.ts';

describe('yuan and fen', () => {
  it('turns typed yuan into integer fen without float drift', () => {
    expect(yuanToFen(459)).toBe(45900);
    expect(yuanToFen(19.99)).toBe(1999);
    expect(yuanToFen(0.1 + 0.2)).toBe(30);
    expect(yuanToFen(1.005)).toBe(101);
    expect(yuanToFen('12.5')).toBe(1250);
    expect(yuanToFen(' 7 ')).toBe(700);
    expect(yuanToFen(0)).toBe(0);
  });

  it('refuses what is not a price instead of guessing', () => {
    expect(yuanToFen(-1)).toBeUndefined();
    expect(yuanToFen('1.234')).toBeUndefined();
    expect(yuanToFen('abc')).toBeUndefined();
    expect(yuanToFen('')).toBeUndefined();
    expect(yuanToFen(Number.NaN)).toBeUndefined();
    expect(yuanToFen(undefined)).toBeUndefined();
    expect(yuanToFen(null)).toBeUndefined();
  });

  it('shows fen as yuan and round-trips', () => {
    expect(fenToYuan(45900)).toBe(459);
    expect(fenToYuan(1999)).toBe(19.99);
    for (const fen of [0, 1, 99, 1999, 59900, 123456789]) expect(yuanToFen(fenToYuan(fen))).toBe(fen);
  });
});
