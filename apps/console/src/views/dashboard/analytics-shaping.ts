// Turns the analytics API's answers into what the charts draw. Pure, so the shaping is unit-tested
// without a browser or ECharts.

export type FunnelStep = 'view' | 'add_to_cart' | 'order_placed' | 'paid';

export interface Funnel {
  from: string;
  to: string;
  steps: { step: FunnelStep; shoppers: number; fromPrevious: number | null; fromFirst: number | null }[];
  orders: { placed: number; paid: number };
}

export interface PortraitCell {
  band: string;
  count: number | null;
}

export type PortraitDimension = 'age' | 'gender' | 'cityTier' | 'income';

export interface Portrait {
  k: number;
  shoppers: number | null;
  dimensions: Record<PortraitDimension, PortraitCell[]> | null;
}

export const PORTRAIT_DIMENSIONS: readonly PortraitDimension[] = ['age', 'gender', 'cityTier', 'income'];

/** 0.4567 -> "45.7%"; null (nothing to divide by) -> "–". */
export function percent(rate: number | null, locale: string): string {
  if (rate === null) return '–';
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(rate);
}

export interface FunnelRow {
  step: FunnelStep;
  label: string;
  shoppers: number;
  fromPrevious: string;
  fromFirst: string;
}

/** The funnel's table rows and chart data, labelled in the reader's language. */
export function funnelRows(funnel: Funnel, label: (step: FunnelStep) => string, locale: string): FunnelRow[] {
  return funnel.steps.map((s) => ({
    step: s.step,
    label: label(s.step),
    shoppers: s.shoppers,
    fromPrevious: percent(s.fromPrevious, locale),
    fromFirst: percent(s.fromFirst, locale),
  }));
}

/** ECharts funnel data: keeps the step order (sort: 'none') and names each step. */
export function funnelSeriesData(rows: readonly FunnelRow[]): { name: string; value: number }[] {
  return rows.map((r) => ({ name: r.label, value: r.shoppers }));
}

/** A city tier band ('1', 'new_1' ...) gets its own message key; other bands are their own keys. */
export function bandKey(dimension: PortraitDimension, band: string): string {
  if (dimension === 'cityTier' && band !== 'unknown') return `tier_${band}`;
  return band;
}

export interface PortraitBar {
  label: string;
  /** What the chart draws: suppressed cells draw nothing. */
  value: number | null;
  /** What the reader sees: the count, or "<k". */
  shown: string;
}

/**
 * One dimension's bars, in the API's band order. Suppressed cells stay in the list, shown as "<k" with no
 * bar, so the reader sees the group exists but not its size; trailing "not given" is dropped when empty.
 */
export function portraitBars(
  cells: readonly PortraitCell[],
  k: number,
  label: (band: string) => string,
): PortraitBar[] {
  return cells
    .filter((c) => !(c.band === 'unknown' && c.count === 0))
    .map((c) => ({
      label: label(c.band),
      value: c.count,
      shown: c.count === null ? `<${k}` : String(c.count),
    }));
}

/** Pie slices for a dimension (gender): only shown cells, since a slice's size would reveal a hidden count. */
export function pieSlices(bars: readonly PortraitBar[]): { name: string; value: number }[] {
  return bars.flatMap((b) => (b.value === null || b.value === 0 ? [] : [{ name: b.label, value: b.value }]));
}

/** [from, to) for the last `days` days up to the end of today, as ISO strings for the API. */
export function lastDays(days: number, now: Date): { from: string; to: string } {
  const end = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
  const start = new Date(end.getFullYear(), end.getMonth(), end.getDate() - days);
  return { from: start.toISOString(), to: end.toISOString() };
}

/** A date picker's [start, end] days -> [from, to) covering both whole days. */
export function rangeOfDays(start: Date, end: Date): { from: string; to: string } {
  const from = new Date(start.getFullYear(), start.getMonth(), start.getDate());
  const to = new Date(end.getFullYear(), end.getMonth(), end.getDate() + 1);
  return { from: from.toISOString(), to: to.toISOString() };
}
