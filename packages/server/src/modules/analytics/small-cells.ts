/** The smallest group a portrait shows as a number: fewer people than this could be singled out. */
export const MIN_CELL = 5;

export interface Cell {
  band: string;
  /** Null when suppressed: shown as "<5". */
  count: number | null;
}

/**
 * Counts per band with small-cell suppression: a band of 1 to k-1 people is hidden. When exactly one
 * band of a dimension would be hidden, the next smallest non-empty band is hidden too, so the hidden
 * one cannot be worked out from the total. Empty bands stay 0: they single nobody out.
 */
export function suppressSmallCells(
  counts: ReadonlyMap<string, number>,
  bands: readonly string[],
  k = MIN_CELL,
): Cell[] {
  const cells = bands.map((band) => ({ band, n: counts.get(band) ?? 0 }));
  const hidden = new Set(cells.filter((c) => c.n > 0 && c.n < k).map((c) => c.band));
  if (hidden.size === 1) {
    const next = cells.filter((c) => c.n > 0 && !hidden.has(c.band)).sort((a, b) => a.n - b.n)[0];
    if (next) hidden.add(next.band);
  }
  return cells.map((c) => ({ band: c.band, count: hidden.has(c.band) ? null : c.n }));
}
