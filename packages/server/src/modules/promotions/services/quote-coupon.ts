import { fail, ok, type Ctx, type Result } from '../../../platform/index.ts';
import { computeDiscount, type Discount } from '../discount.ts';
import type { CouponTemplateRow } from '../schema.ts';
import { couponLinesOf, type PricedLine } from './coupon-lines.ts';
import { checkWindow, findCoupon, redeemedBy, type CouponChoice } from './find-coupon.ts';

export interface CouponQuote {
  template: CouponTemplateRow;
  customerCouponId: string | null;
  discount: Discount;
}

/**
 * What a coupon would take off these lines for this shopper, checked in the order a shopper can act on:
 * found, in its window, covering the order, over its threshold, within the shopper's limit, not used up.
 * Reads only: checkout redeems with redeemCoupon, which checks quantity and limit again under lock.
 */
export async function quoteCoupon(
  ctx: Ctx,
  input: { customerId: string; choice: CouponChoice; currency: string; lines: readonly PricedLine[] },
): Promise<Result<CouponQuote>> {
  const found = await findCoupon(ctx, input.customerId, input.choice);
  if (!found.ok) return found;
  return termsApply(ctx, { ...input, ...found.value });
}

/** The checks after finding the coupon; the wallet list runs them for each coupon it shows. */
export async function termsApply(
  ctx: Ctx,
  input: {
    template: CouponTemplateRow;
    customerCouponId: string | null;
    customerId: string;
    currency: string;
    lines: readonly PricedLine[];
  },
): Promise<Result<CouponQuote>> {
  const { template } = input;
  const window = checkWindow(template, new Date());
  if (!window.ok) return window;
  const lines = await couponLinesOf(ctx, input.lines, template.scope === 'categories');
  const discount = computeDiscount(template, input.currency, lines);
  if (!discount.ok) return discount;
  // A wallet coupon was counted against the limit when it was claimed.
  if (
    input.customerCouponId === null &&
    (await redeemedBy(ctx, template.id, input.customerId)) >= template.perShopperLimit
  ) {
    return fail('COUPON_LIMIT_REACHED');
  }
  if (template.remainingQuantity <= 0) return fail('COUPON_EXHAUSTED');
  return ok({ template, customerCouponId: input.customerCouponId, discount: discount.value });
}
