import { describe, expect, it } from 'vitest';
import { categoryLineage, computeDiscount, type CouponLine, type CouponTerms } from './discount.ts';

const terms = (over: Partial<CouponTerms>): CouponTerms => ({
  kind: 'fixed',
  amountOff: 1_000,
  percentOff: null,
  maxDiscount: null,
  minSpend: 0,
  scope: 'all',
  scopeIds: [],
  currency: 'CNY',
  ...over,
});
const line = (
  skuId: string,
  lineTotal: number,
  productId = `p-${skuId}`,
  categoryIds: string[] = [],
): CouponLine => ({
  skuId,
  productId,
  categoryIds,
  lineTotal,
});

describe('computeDiscount', () => {
  it('rounds a percent discount down to the fen and splits it over the lines to the fen', () => {
    const result = computeDiscount(terms({ kind: 'percent', amountOff: null, percentOff: 15 }), 'CNY', [
      line('a', 999),
      line('b', 1_001),
    ]);
    // 15% of 20.00 is exactly 3.00; 999 + 1001 keeps the split honest.
    expect(result).toEqual({
      ok: true,
      value: {
        eligibleSubtotal: 2_000,
        amount: 300,
        allocation: [
          { skuId: 'a', amount: 150 },
          { skuId: 'b', amount: 150 },
        ],
      },
    });
    const odd = computeDiscount(terms({ kind: 'percent', amountOff: null, percentOff: 33 }), 'CNY', [
      line('a', 1_001),
    ]);
    expect(odd.ok && odd.value.amount).toBe(330); // 330.33 -> 330
  });

  it('stops at the cap, at the in-scope subtotal, and counts the threshold on the in-scope lines only', () => {
    const capped = computeDiscount(
      terms({ kind: 'percent', amountOff: null, percentOff: 50, maxDiscount: 700 }),
      'CNY',
      [line('a', 5_000)],
    );
    expect(capped.ok && capped.value.amount).toBe(700);
    const small = computeDiscount(terms({ amountOff: 9_999 }), 'CNY', [line('a', 800)]);
    expect(small.ok && small.value.amount).toBe(800);
    const scoped = terms({ minSpend: 3_000, scope: 'products', scopeIds: ['p-a'] });
    expect(computeDiscount(scoped, 'CNY', [line('a', 2_000), line('b', 5_000)])).toMatchObject({
      ok: false,
      code: 'COUPON_THRESHOLD_NOT_MET',
      data: { eligibleSubtotal: 2_000, shortBy: 1_000 },
    });
  });

  it('refuses another currency and orders with nothing in scope', () => {
    expect(computeDiscount(terms({}), 'USD', [line('a', 2_000)])).toMatchObject({
      code: 'COUPON_NOT_APPLICABLE',
    });
    const byCategory = terms({ scope: 'categories', scopeIds: ['shoes'] });
    expect(computeDiscount(byCategory, 'CNY', [line('a', 2_000, 'p', ['food'])])).toMatchObject({
      code: 'COUPON_NOT_APPLICABLE',
    });
    expect(computeDiscount(byCategory, 'CNY', [line('a', 2_000, 'p', ['boots', 'shoes'])])).toMatchObject({
      ok: true,
    });
  });
});

describe('categoryLineage', () => {
  it('walks up to the root and stops on a cycle', () => {
    const parents = new Map<string, string | null>([
      ['boots', 'shoes'],
      ['shoes', null],
      ['x', 'y'],
      ['y', 'x'],
    ]);
    expect(categoryLineage('boots', parents)).toEqual(['boots', 'shoes']);
    expect(categoryLineage('x', parents)).toEqual(['x', 'y']);
    expect(categoryLineage(null, parents)).toEqual([]);
  });
});
