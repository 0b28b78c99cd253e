import { fail, ok, type Result } from '../../../platform/index.ts';
import { MAX_LINE_QUANTITY, MAX_LINES } from '../limits.ts';

export interface StockLine {
  skuId: string;
  quantity: number;
}

/**
 * Validates order lines and merges repeats of a SKU, then sorts them by SKU: every writer locks stock
 * rows in this one order, so two orders sharing SKUs queue instead of deadlocking.
 */
export function normaliseLines(orderId: string, lines: readonly StockLine[]): Result<StockLine[]> {
  if (typeof orderId !== 'string' || orderId.length === 0 || orderId.length > 64) {
    return fail('VALIDATION_FAILED', 'orderId must be 1-64 characters');
  }
  if (lines.length === 0 || lines.length > MAX_LINES) {
    return fail('VALIDATION_FAILED', `between 1 and ${MAX_LINES} lines are needed`);
  }
  const merged = new Map<string, number>();
  for (const line of lines) {
    if (!isQuantity(line.quantity)) {
      return fail('VALIDATION_FAILED', `quantity must be an integer from 1 to ${MAX_LINE_QUANTITY}`, {
        skuId: line.skuId,
      });
    }
    if (typeof line.skuId !== 'string' || line.skuId.length === 0 || line.skuId.length > 64) {
      return fail('VALIDATION_FAILED', 'skuId must be 1-64 characters');
    }
    merged.set(line.skuId, (merged.get(line.skuId) ?? 0) + line.quantity);
  }
  const sorted = sortBySku([...merged].map(([skuId, quantity]) => ({ skuId, quantity })));
  const tooMany = sorted.find((l) => l.quantity > MAX_LINE_QUANTITY);
  if (tooMany) {
    return fail('VALIDATION_FAILED', `quantity must be an integer from 1 to ${MAX_LINE_QUANTITY}`, {
      skuId: tooMany.skuId,
    });
  }
  return ok(sorted);
}

function isQuantity(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= MAX_LINE_QUANTITY;
}

/** The one lock order for stock rows (plain code-unit order, the same in every locale). */
export function sortBySku<T extends { skuId: string }>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => (a.skuId < b.skuId ? -1 : a.skuId > b.skuId ? 1 : 0));
}
