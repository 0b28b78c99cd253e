import { describe, expect, it } from 'vitest';
import type { CatalogueItem } from './catalogue.ts';
import { DEFAULT_CYCLE_DAYS, learnRepurchaseCycles, priorCycleDays } from './repurchase-cycles.ts';

const DAY = 86_400_000;
const item = (index: number, categoryId: string, en: string): CatalogueItem => ({
  index,
  id: `prod_${index}`,
  titles: { en: `Item ${index}` },
  subtitles: {},
  imageUrl: null,
  price: 1000,
  currency: 'CNY',
  categoryId,
  categoryPath: [categoryId],
  categoryNames: { en },
  brandId: null,
  brandNames: null,
  tags: [],
  words: [],
  attributes: {},
  createdAt: new Date(0),
});

describe('repurchase cycles', () => {
  it('starts from priors by category name: milk powder short, shoes long', () => {
    expect(priorCycleDays(['婴儿奶粉'])).toBeLessThan(30);
    expect(priorCycleDays(['Running shoes'])).toBeGreaterThan(120);
    expect(priorCycleDays(['Gizmos'])).toBe(DEFAULT_CYCLE_DAYS);
  });

  it('moves from the prior towards the median observed gap, ignoring same-trip orders', () => {
    const items = [item(0, 'cat_milk', 'Milk powder'), item(1, 'cat_gizmo', 'Gizmos')];
    const t0 = Date.UTC(2026, 0, 1);
    const purchases = [
      // One shopper rebuys milk powder every 7 days, plus a second order the same hour.
      ...[0, 7, 14, 21, 28].map((d) => ({ customerId: 'cus_a', index: 0, at: new Date(t0 + d * DAY) })),
      { customerId: 'cus_a', index: 0, at: new Date(t0 + 28 * DAY + 3_600_000) },
    ];
    const cycles = learnRepurchaseCycles(items, purchases);
    const milk = cycles.get('cat_milk')!;
    expect(milk.observedGaps).toBe(4);
    expect(milk.days).toBeCloseTo((3 * milk.priorDays + 4 * 7) / 7, 5);
    expect(cycles.get('cat_gizmo')).toEqual({ days: 60, priorDays: 60, observedGaps: 0 });
  });
});
