import { and, desc, eq, gt, lt } from 'drizzle-orm';
import { getCart } from '../../cart/index.ts';
import type { Ctx } from '../../../platform/index.ts';
import { couponTemplates, customerCoupons } from '../schema.ts';
import { toStoreCoupon, type Applicability, type MyCouponView, type StoreCouponView } from '../views.ts';
import type { PricedLine } from './coupon-lines.ts';
import { termsApply } from './quote-coupon.ts';

/** The lines of the shopper's cart that can be checked out now, as coupons price them. */
export async function currentCartLines(ctx: Ctx): Promise<{ currency: string | null; lines: PricedLine[] }> {
  const cart = await getCart(ctx);
  const lines = cart.lines.flatMap((line) =>
    line.purchasable && line.productId
      ? [{ skuId: line.skuId, productId: line.productId, lineTotal: line.lineTotal }]
      : [],
  );
  return { currency: cart.currency, lines };
}

/**
 * The shopper's wallet: coupons they can still use, newest claim first, each with whether and how much
 * it would take off the cart as it is now (the checkout picker sorts and greys them by this).
 */
export async function listMyCoupons(ctx: Ctx, customerId: string): Promise<MyCouponView[]> {
  const rows = await ctx.db
    .select({ coupon: customerCoupons, template: couponTemplates })
    .from(customerCoupons)
    .innerJoin(couponTemplates, eq(couponTemplates.id, customerCoupons.templateId))
    .where(
      and(
        eq(customerCoupons.merchantId, ctx.merchantId),
        eq(customerCoupons.customerId, customerId),
        eq(customerCoupons.status, 'available'),
        eq(couponTemplates.status, 'active'),
      ),
    )
    .orderBy(desc(customerCoupons.id))
    .limit(100);
  const cart = await currentCartLines(ctx);
  const views: MyCouponView[] = [];
  for (const { coupon, template } of rows) {
    let applicability: Applicability;
    if (cart.lines.length === 0 || cart.currency === null) {
      applicability = { applicable: false, code: 'COUPON_NOT_APPLICABLE', discount: 0, shortBy: null };
    } else {
      const quote = await termsApply(ctx, {
        template,
        customerCouponId: coupon.id,
        customerId,
        currency: cart.currency,
        lines: cart.lines,
      });
      applicability = quote.ok
        ? { applicable: true, code: null, discount: quote.value.discount.amount, shortBy: null }
        : {
            applicable: false,
            code: quote.code,
            discount: 0,
            shortBy: typeof quote.data?.shortBy === 'number' ? quote.data.shortBy : null,
          };
    }
    views.push({
      id: coupon.id,
      status: coupon.status,
      claimedAt: coupon.claimedAt.toISOString(),
      coupon: toStoreCoupon(template),
      applicability,
    });
  }
  return views;
}

/** Claim coupons a shopper can still claim now (the coupon centre and the product page). */
export async function listClaimableCoupons(ctx: Ctx): Promise<StoreCouponView[]> {
  const now = new Date();
  const rows = await ctx.db
    .select()
    .from(couponTemplates)
    .where(
      and(
        eq(couponTemplates.merchantId, ctx.merchantId),
        eq(couponTemplates.distribution, 'claim'),
        eq(couponTemplates.status, 'active'),
        gt(couponTemplates.endsAt, now),
        lt(couponTemplates.claimedCount, couponTemplates.totalQuantity),
      ),
    )
    .orderBy(desc(couponTemplates.id))
    .limit(50);
  return rows.map(toStoreCoupon);
}
