import { describe, expect, it } from 'vitest';
import {
  bandKey,
  funnelRows,
  funnelSeriesData,
  lastDays,
  percent,
  pieSlices,
  portraitBars,
  rangeOfDays,
  type Funnel,
} from './analytics-shaping.ts';

const funnel: Funnel = {
  from: '2026-12-01T00:00:00.000Z',
  to: '2026-12-08T00:00:00.000Z',
  steps: [
    { step: 'view', shoppers: 400, fromPrevious: null, fromFirst: null },
    { step: 'add_to_cart', shoppers: 100, fromPrevious: 0.25, fromFirst: 0.25 },
    { step: 'order_placed', shoppers: 40, fromPrevious: 0.4, fromFirst: 0.1 },
    { step: 'paid', shoppers: 30, fromPrevious: 0.75, fromFirst: 0.075 },
  ],
  orders: { placed: 44, paid: 31 },
};

describe('funnel shaping', () => {
  it('labels the steps in order with their shoppers and conversion rates', () => {
    const rows = funnelRows(funnel, (s) => s.toUpperCase(), 'en');
    expect(rows.map((r) => [r.label, r.shoppers, r.fromPrevious, r.fromFirst])).toEqual([
      ['VIEW', 400, '–', '–'],
      ['ADD_TO_CART', 100, '25%', '25%'],
      ['ORDER_PLACED', 40, '40%', '10%'],
      ['PAID', 30, '75%', '7.5%'],
    ]);
    expect(funnelSeriesData(rows)).toEqual([
      { name: 'VIEW', value: 400 },
      { name: 'ADD_TO_CART', value: 100 },
      { name: 'ORDER_PLACED', value: 40 },
      { name: 'PAID', value: 30 },
    ]);
  });

  it('formats rates for the reader and shows a dash when there is nothing to divide by', () => {
    expect(percent(0.4567, 'en')).toBe('45.7%');
    expect(percent(null, 'zh-CN')).toBe('–');
  });
});

describe('portrait shaping', () => {
  const cells = [
    { band: 'female', count: 12 },
    { band: 'male', count: null },
    { band: 'other', count: 0 },
    { band: 'unknown', count: 0 },
  ];

  it('shows suppressed bands as "<k" with no bar, and drops an empty "not given"', () => {
    expect(portraitBars(cells, 5, (b) => b)).toEqual([
      { label: 'female', value: 12, shown: '12' },
      { label: 'male', value: null, shown: '<5' },
      { label: 'other', value: 0, shown: '0' },
    ]);
  });

  it('draws pie slices only for shown, non-empty bands, so a slice never reveals a hidden count', () => {
    expect(pieSlices(portraitBars(cells, 5, (b) => b))).toEqual([{ name: 'female', value: 12 }]);
  });

  it('gives city tiers their own message keys', () => {
    expect(bandKey('cityTier', 'new_1')).toBe('tier_new_1');
    expect(bandKey('cityTier', 'unknown')).toBe('unknown');
    expect(bandKey('age', '18_24')).toBe('18_24');
  });
});

describe('date ranges', () => {
  it('covers whole local days, end exclusive', () => {
    const now = new Date(2026, 11, 4, 15, 30);
    const { from, to } = lastDays(7, now);
    expect(new Date(from)).toEqual(new Date(2026, 10, 28));
    expect(new Date(to)).toEqual(new Date(2026, 11, 5));
    expect(rangeOfDays(new Date(2026, 11, 1, 9), new Date(2026, 11, 1, 18))).toEqual({
      from: new Date(2026, 11, 1).toISOString(),
      to: new Date(2026, 11, 2).toISOString(),
    });
  });
});
