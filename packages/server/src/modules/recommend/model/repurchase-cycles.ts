import type { CatalogueItem } from './catalogue.ts';

const DAY_MS = 86_400_000;

/**
 * What a category's repurchase cycle is believed to be before the shop's own data says otherwise, from
 * its name: nappies and milk powder run out in weeks, shoes last half a year, appliances years.
 */
const PRIORS: Array<[RegExp, number]> = [
  [/奶粉|milk powder|formula|尿|diaper|nappy|纸巾|tissue/i, 21],
  [/零食|snack|食品|food|咖啡|coffee|茶|tea|饮|drink|水果|fruit|粮|rice/i, 14],
  [/护肤|skincare|beauty|美妆|cosmetic|洗|shampoo|牙|tooth/i, 45],
  [/鞋|靴|shoe|boot|sneaker/i, 180],
  [/服|衣|装|apparel|cloth|wear|jacket|shirt|裤|pants/i, 120],
  [/数码|电子|手机|电脑|家电|electronic|phone|laptop|appliance|camera/i, 365],
];
export const DEFAULT_CYCLE_DAYS = 60;
/** The prior counts as this many observed gaps: a handful of real ones already move the estimate. */
export const PRIOR_STRENGTH = 3;
// Purchases this close together are one shopping trip split into orders, not a repurchase.
const MIN_GAP_DAYS = 1;

export function priorCycleDays(names: readonly string[]): number {
  for (const [pattern, days] of PRIORS) if (names.some((n) => pattern.test(n))) return days;
  return DEFAULT_CYCLE_DAYS;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface RepurchaseCycle {
  days: number;
  priorDays: number;
  /** How many inter-purchase gaps the shop's data gave. */
  observedGaps: number;
}

/**
 * Per category, the typical days between one shopper's purchases in it: the median observed gap, shrunk
 * towards the prior by PRIOR_STRENGTH pseudo-observations so that two odd gaps cannot set the cycle.
 */
export function learnRepurchaseCycles(
  items: readonly CatalogueItem[],
  purchases: ReadonlyArray<{ customerId: string; index: number; at: Date }>,
): Map<string, RepurchaseCycle> {
  const timesByKey = new Map<string, number[]>();
  for (const p of purchases) {
    const category = items[p.index]?.categoryId;
    if (!category) continue;
    const key = `${category}|${p.customerId}`;
    let times = timesByKey.get(key);
    if (!times) timesByKey.set(key, (times = []));
    times.push(p.at.getTime());
  }
  const gaps = new Map<string, number[]>();
  for (const [key, times] of timesByKey) {
    const category = key.slice(0, key.indexOf('|'));
    times.sort((a, b) => a - b);
    for (let i = 1; i < times.length; i++) {
      const days = (times[i]! - times[i - 1]!) / DAY_MS;
      if (days < MIN_GAP_DAYS) continue;
      let list = gaps.get(category);
      if (!list) gaps.set(category, (list = []));
      list.push(days);
    }
  }
  const cycles = new Map<string, RepurchaseCycle>();
  for (const item of items) {
    if (!item.categoryId || cycles.has(item.categoryId)) continue;
    const names = [item.categoryNames?.['zh-CN'], item.categoryNames?.en].filter((n): n is string => !!n);
    const priorDays = priorCycleDays(names);
    const observed = gaps.get(item.categoryId) ?? [];
    const days =
      observed.length === 0
        ? priorDays
        : (PRIOR_STRENGTH * priorDays + observed.length * median(observed)) /
          (PRIOR_STRENGTH + observed.length);
    cycles.set(item.categoryId, { days, priorDays, observedGaps: observed.length });
  }
  return cycles;
}
