/** One spec dimension of a product, such as colour with its values 黑色 and 白色. */
export interface SpecAxis {
  name: string;
  values: string[];
}

/** A SKU being drafted in the console; prices in yuan as typed, stock in units. */
export interface SkuDraft {
  specs: Record<string, string>;
  code: string;
  listPrice: number | undefined;
  salePrice: number | undefined;
  stock: number;
  weightGrams: number;
}

const specKey = (specs: Record<string, string>) =>
  JSON.stringify(Object.entries(specs).sort(([a], [b]) => a.localeCompare(b)));

/** Axes with a name and at least one value, values trimmed and de-duplicated in the order typed. */
export function usableAxes(axes: readonly SpecAxis[]): SpecAxis[] {
  const seen = new Set<string>();
  const out: SpecAxis[] = [];
  for (const axis of axes) {
    const name = axis.name.trim();
    const values = [...new Set(axis.values.map((v) => v.trim()).filter(Boolean))];
    if (!name || values.length === 0 || seen.has(name)) continue;
    seen.add(name);
    out.push({ name, values });
  }
  return out;
}

/** Every combination of the axes' values, first axis slowest: colour x size gives 黑色/42, 黑色/43, 白色/42 ... */
export function specCombinations(axes: readonly SpecAxis[]): Record<string, string>[] {
  return usableAxes(axes).reduce<Record<string, string>[]>(
    (rows, axis) => rows.flatMap((row) => axis.values.map((value) => ({ ...row, [axis.name]: value }))),
    [{}],
  );
}

/**
 * A code part for a spec value: the value itself when it is plain ASCII (M, 42, BLK), else its position
 * in the axis, since SKU codes allow only letters, digits, '.', '_' and '-'.
 */
function codePart(axis: SpecAxis, value: string): string {
  const ascii = value.replace(/\s+/g, '').toUpperCase();
  return /^[A-Z0-9._-]{1,12}$/.test(ascii) ? ascii : String(axis.values.indexOf(value) + 1);
}

/** A SKU code prefix from a product title or handle: ASCII letters and digits only, else "SKU". */
export function codePrefix(text: string): string {
  const words = text.toUpperCase().match(/[A-Z0-9]+/g) ?? [];
  const prefix = words
    .map((w) => w.slice(0, 4))
    .join('-')
    .slice(0, 20);
  return prefix || 'SKU';
}

/**
 * The SKU rows for the axes: one per combination (one row without specs when there are no axes). A row
 * the merchant already filled in for the same specs keeps its code, prices and stock; new rows copy
 * `defaults`.
 */
export function skuMatrix(
  axes: readonly SpecAxis[],
  existing: readonly SkuDraft[],
  prefix: string,
  defaults: Pick<SkuDraft, 'listPrice' | 'salePrice' | 'stock' | 'weightGrams'>,
): SkuDraft[] {
  const usable = usableAxes(axes);
  const kept = new Map(existing.map((row) => [specKey(row.specs), row]));
  return specCombinations(usable).map((specs) => {
    const previous = kept.get(specKey(specs));
    if (previous) return previous;
    const parts = usable.map((axis) => codePart(axis, specs[axis.name]!));
    return { specs, code: [prefix, ...parts].join('-'), ...defaults };
  });
}

/** Follows a changed prefix in the codes it generated; codes the merchant typed stay as they are. */
export function renamePrefix(rows: readonly SkuDraft[], from: string, to: string): SkuDraft[] {
  return rows.map((row) =>
    row.code === from || row.code.startsWith(`${from}-`)
      ? { ...row, code: to + row.code.slice(from.length) }
      : row,
  );
}
