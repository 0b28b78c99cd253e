import { allocate, fail, ok, type Result } from '../../platform/index.ts';
import type { CouponTemplateRow, DiscountAllocation } from './schema.ts';

/** An order line as a coupon sees it. `categoryIds` holds the product's category and every ancestor. */
export interface CouponLine {
  skuId: string;
  productId: string;
  categoryIds: readonly string[];
  lineTotal: number;
}

export type CouponTerms = Pick<
  CouponTemplateRow,
  'kind' | 'amountOff' | 'percentOff' | 'maxDiscount' | 'minSpend' | 'scope' | 'scopeIds' | 'currency'
>;

export interface Discount {
  /** What the coupon's scope covers of the order, minor units. */
  eligibleSubtotal: number;
  amount: number;
  /** The amount split over the eligible lines in proportion to their totals (for partial refunds). */
  allocation: DiscountAllocation[];
}

export function inScope(terms: CouponTerms, line: CouponLine): boolean {
  switch (terms.scope) {
    case 'all':
      return true;
    case 'products':
      return terms.scopeIds.includes(line.productId);
    case 'categories':
      return line.categoryIds.some((id) => terms.scopeIds.includes(id));
  }
}

/**
 * What a coupon takes off these lines. Percent coupons round down to the fen, so the discount never
 * exceeds the stated percentage, then stop at their cap; fixed coupons never take off more than the
 * in-scope subtotal. Shipping is never discounted.
 */
export function computeDiscount(
  terms: CouponTerms,
  currency: string,
  lines: readonly CouponLine[],
): Result<Discount, 'COUPON_NOT_APPLICABLE' | 'COUPON_THRESHOLD_NOT_MET'> {
  if (currency !== terms.currency) {
    return fail('COUPON_NOT_APPLICABLE', `The coupon is in ${terms.currency}`);
  }
  const eligible = lines.filter((line) => line.lineTotal > 0 && inScope(terms, line));
  if (eligible.length === 0) return fail('COUPON_NOT_APPLICABLE', 'Nothing in the order is covered');
  const eligibleSubtotal = eligible.reduce((sum, line) => sum + line.lineTotal, 0);
  if (eligibleSubtotal < terms.minSpend) {
    return fail('COUPON_THRESHOLD_NOT_MET', undefined, {
      minSpend: terms.minSpend,
      eligibleSubtotal,
      shortBy: terms.minSpend - eligibleSubtotal,
    });
  }
  const raw =
    terms.kind === 'fixed'
      ? (terms.amountOff ?? 0)
      : Math.floor((eligibleSubtotal * (terms.percentOff ?? 0)) / 100);
  const capped =
    terms.kind === 'percent' && terms.maxDiscount !== null ? Math.min(raw, terms.maxDiscount) : raw;
  const amount = Math.min(capped, eligibleSubtotal);
  const shares = allocate(
    amount,
    eligible.map((line) => line.lineTotal),
  );
  return ok({
    eligibleSubtotal,
    amount,
    allocation: eligible.map((line, i) => ({ skuId: line.skuId, amount: shares[i] ?? 0 })),
  });
}

/** The category and its ancestors, nearest first; a cycle in bad data stops the walk. */
export function categoryLineage(
  categoryId: string | null,
  parentOf: ReadonlyMap<string, string | null>,
): string[] {
  const lineage: string[] = [];
  let current = categoryId;
  while (current && !lineage.includes(current)) {
    lineage.push(current);
    current = parentOf.get(current) ?? null;
  }
  return lineage;
}
