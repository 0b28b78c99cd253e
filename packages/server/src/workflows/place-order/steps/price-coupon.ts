import { ok } from '../../../platform/index.ts';
import { quoteCoupon, type CouponChoice, type CouponQuote } from '../../../modules/promotions/index.ts';
import { undoneByRollback, type Step } from '../../runner.ts';
import type { PricedLines } from './price-lines.ts';

export interface PriceCouponInput {
  customerId: string;
  coupon: CouponChoice;
  priced: PricedLines;
}

/**
 * What the shopper's coupon takes off the re-priced lines (goods only, never shipping). Reads only, so it
 * runs early; the coupon's row is locked later by redeemCouponStep. Refuses the checkout with the
 * coupon's COUPON_* code.
 */
export const priceCouponStep: Step<PriceCouponInput, CouponQuote> = {
  name: 'price-coupon',
  async invoke(ctx, { customerId, coupon, priced }) {
    const quote = await quoteCoupon(ctx, {
      customerId,
      choice: coupon,
      currency: priced.currency,
      lines: priced.lines.map((line) => ({
        skuId: line.skuId,
        productId: line.productId,
        lineTotal: line.unitPrice * line.quantity,
      })),
    });
    return quote.ok ? ok(quote.value) : quote;
  },
  compensate: undoneByRollback,
};
