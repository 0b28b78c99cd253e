import { and, eq } from 'drizzle-orm';
import { fail, ok, type Ctx, type Result } from '../../../platform/index.ts';
import { couponTemplates, couponUsages, customerCoupons, type CouponTemplateRow } from '../schema.ts';

/** What the shopper offers at checkout: a shared code they typed, or a coupon from their wallet. */
export type CouponChoice = { code: string } | { couponId: string };

export interface FoundCoupon {
  template: CouponTemplateRow;
  /** The wallet coupon, null for a shared code. */
  customerCouponId: string | null;
}

/** Codes are matched without case or surrounding spaces: shoppers type "spring10 ". */
export const normaliseCode = (code: string) => code.trim().toUpperCase();

/**
 * The coupon behind a choice. A disabled coupon, another merchant's, another shopper's wallet coupon or
 * one already used all read as COUPON_NOT_FOUND: none of them can be told apart from a typo.
 */
export async function findCoupon(
  ctx: Ctx,
  customerId: string,
  choice: CouponChoice,
): Promise<Result<FoundCoupon>> {
  if ('code' in choice) {
    const [template] = await ctx.db
      .select()
      .from(couponTemplates)
      .where(
        and(
          eq(couponTemplates.merchantId, ctx.merchantId),
          eq(couponTemplates.code, normaliseCode(choice.code)),
          eq(couponTemplates.distribution, 'code'),
          eq(couponTemplates.status, 'active'),
        ),
      );
    return template ? ok({ template, customerCouponId: null }) : fail('COUPON_NOT_FOUND');
  }
  const [row] = await ctx.db
    .select({ template: couponTemplates })
    .from(customerCoupons)
    .innerJoin(couponTemplates, eq(couponTemplates.id, customerCoupons.templateId))
    .where(
      and(
        eq(customerCoupons.merchantId, ctx.merchantId),
        eq(customerCoupons.id, choice.couponId),
        eq(customerCoupons.customerId, customerId),
        eq(customerCoupons.status, 'available'),
        eq(couponTemplates.status, 'active'),
      ),
    );
  return row ? ok({ template: row.template, customerCouponId: choice.couponId }) : fail('COUPON_NOT_FOUND');
}

/** Inside its validity window: from startsAt (inclusive) to endsAt (exclusive). */
export function checkWindow(
  template: CouponTemplateRow,
  now: Date,
): Result<true, 'COUPON_NOT_STARTED' | 'COUPON_EXPIRED'> {
  if (now < template.startsAt)
    return fail('COUPON_NOT_STARTED', `Valid from ${template.startsAt.toISOString()}`);
  if (now >= template.endsAt) return fail('COUPON_EXPIRED', `Valid until ${template.endsAt.toISOString()}`);
  return ok(true);
}

/** Redemptions this shopper's live orders hold of the coupon. */
export async function redeemedBy(ctx: Ctx, templateId: string, customerId: string): Promise<number> {
  const [usage] = await ctx.db
    .select({ redeemed: couponUsages.redeemed })
    .from(couponUsages)
    .where(
      and(
        eq(couponUsages.merchantId, ctx.merchantId),
        eq(couponUsages.templateId, templateId),
        eq(couponUsages.customerId, customerId),
      ),
    );
  return usage?.redeemed ?? 0;
}
