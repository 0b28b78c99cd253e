// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { mountInApp } from '../../../../testing/mount.ts';
import type { MyCoupon } from '../../coupon-types.ts';
import { CouponPicker } from '../index.ts';

function coupon(
  id: string,
  over: Partial<MyCoupon['coupon']>,
  applicability: Partial<MyCoupon['applicability']>,
): MyCoupon {
  return {
    id,
    status: 'available',
    claimedAt: '2026-12-01T00:00:00.000Z',
    coupon: {
      id: `cpt_${id}`,
      name: `Coupon ${id}`,
      kind: 'fixed',
      amountOff: 1000,
      percentOff: null,
      maxDiscount: null,
      minSpend: 0,
      currency: 'CNY',
      startsAt: '2026-12-01T00:00:00.000Z',
      endsAt: '2026-12-31T00:00:00.000Z',
      scope: 'all',
      scopeIds: [],
      distribution: 'claim',
      ...over,
    },
    applicability: { applicable: true, code: null, discount: 1000, shortBy: null, ...applicability },
  };
}

const wallet = [
  coupon('small', {}, { discount: 500 }),
  coupon(
    'short',
    { minSpend: 20_000 },
    { applicable: false, code: 'COUPON_THRESHOLD_NOT_MET', discount: 0, shortBy: 4_550 },
  ),
  coupon(
    'big',
    { kind: 'percent', amountOff: null, percentOff: 15, maxDiscount: 3_000 },
    { discount: 2_000 },
  ),
];

describe('CouponPicker', () => {
  it('lists usable coupons first by saving, then the others with why they cannot be used', () => {
    const wrapper = mountInApp(CouponPicker, { props: { coupons: wallet, modelValue: null } });
    const cards = wrapper.findAll('[data-coupon]');
    expect(cards.map((c) => c.attributes('data-coupon'))).toEqual(['big', 'small', 'short', 'none']);
    expect(cards[0]!.text()).toContain('8.5 折');
    expect(cards[0]!.text()).toContain('最多减 ¥30.00');
    expect(cards[0]!.find('[data-test="coupon-status"]').text()).toBe('可省 ¥20.00');
    expect(cards[2]!.find('[data-test="coupon-status"]').text()).toBe('还差 ¥45.50 可用');
    expect(cards[2]!.attributes('aria-disabled')).toBe('true');
    expect(cards[3]!.attributes('aria-checked')).toBe('true');
  });

  it('emits the chosen coupon, refuses an unusable one, and emits null for no coupon', async () => {
    const wrapper = mountInApp(CouponPicker, { props: { coupons: wallet, modelValue: 'small' } });
    await wrapper.find('[data-coupon="short"]').trigger('click');
    expect(wrapper.emitted('update:modelValue')).toBeUndefined();
    await wrapper.find('[data-coupon="big"]').trigger('click');
    await wrapper.find('[data-coupon="none"]').trigger('click');
    expect(wrapper.emitted('update:modelValue')).toEqual([['big'], [null]]);
  });

  it('speaks the shopper language', () => {
    const wrapper = mountInApp(CouponPicker, { props: { coupons: wallet, modelValue: null }, locale: 'en' });
    expect(wrapper.find('[data-coupon="big"]').text()).toContain('15% off');
    expect(wrapper.find('[data-coupon="short"] [data-test="coupon-status"]').text()).toBe(
      'Spend ¥45.50 more to use it',
    );
  });
});
