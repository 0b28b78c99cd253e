import { describe, expect, it } from 'vitest';
import { couponPayload, emptyCouponForm, type CouponForm } from './coupon-form.ts';

const at = new Date('2026-12-01T00:00:00.000Z');
const form = (over: Partial<CouponForm>): CouponForm => ({ ...emptyCouponForm(at), name: 'Winter', ...over });

describe('couponPayload', () => {
  it('sends yuan as integer fen and the window as ISO times', () => {
    const answer = couponPayload(form({ amountOffYuan: '19.99', minSpendYuan: '100', code: 'WINTER20' }));
    expect(answer).toEqual({
      ok: true,
      body: {
        name: 'Winter',
        kind: 'fixed',
        amountOff: 1_999,
        minSpend: 10_000,
        currency: 'CNY',
        startsAt: '2026-12-01T00:00:00.000Z',
        endsAt: '2026-12-08T00:00:00.000Z',
        totalQuantity: 100,
        perShopperLimit: 1,
        scope: 'all',
        distribution: 'code',
        code: 'WINTER20',
      },
    });
  });

  it('sends percent with an optional cap, scope ids deduplicated, and no code for claim coupons', () => {
    const answer = couponPayload(
      form({
        kind: 'percent',
        percentOff: 15,
        maxDiscountYuan: '30',
        scope: 'products',
        scopeIdsText: 'prod_a, prod_b\nprod_a',
        distribution: 'claim',
      }),
    );
    expect(answer).toMatchObject({
      ok: true,
      body: { kind: 'percent', percentOff: 15, maxDiscount: 3_000, scopeIds: ['prod_a', 'prod_b'] },
    });
    expect(answer.ok && 'code' in answer.body).toBe(false);
    expect(answer.ok && 'amountOff' in answer.body).toBe(false);
  });

  it('names the first wrong field', () => {
    expect(couponPayload(form({ name: ' ' }))).toEqual({ ok: false, field: 'name' });
    expect(couponPayload(form({ amountOffYuan: '-5', code: 'CODE1' }))).toEqual({
      ok: false,
      field: 'amountOff',
    });
    expect(couponPayload(form({ amountOffYuan: '1.234', code: 'CODE1' }))).toEqual({
      ok: false,
      field: 'amountOff',
    });
    expect(couponPayload(form({ amountOffYuan: '5', code: 'a b' }))).toEqual({ ok: false, field: 'code' });
    expect(couponPayload(form({ scope: 'categories', code: 'CODE1', amountOffYuan: '5' }))).toEqual({
      ok: false,
      field: 'scopeIds',
    });
    expect(couponPayload(form({ kind: 'percent', percentOff: 100, code: 'CODE1' }))).toEqual({
      ok: false,
      field: 'percentOff',
    });
  });
});
