import { and, eq, gt, lt, sql } from 'drizzle-orm';
import { newId, fail, ok, type Ctx, type Result } from '../../../platform/index.ts';
import { allOrNothing } from '../all-or-nothing.ts';
import { couponRedemptions, couponTemplates, couponUsages, customerCoupons } from '../schema.ts';
import type { CouponQuote } from './quote-coupon.ts';

export interface RedeemCouponInput {
  orderId: string;
  customerId: string;
  currency: string;
  quote: CouponQuote;
}

/**
 * Takes one of the coupon's redemptions for the order and records the discount line. Each counter moves
 * by a conditional UPDATE that locks its row, so concurrent checkouts queue on the coupon and the ones
 * after the last redemption find `remaining_quantity > 0` false: never more redemptions than the
 * quantity. Any refusal rolls back everything this call wrote.
 */
export async function redeemCoupon(
  ctx: Ctx,
  input: RedeemCouponInput,
): Promise<Result<{ redemptionId: string }>> {
  const { template, customerCouponId, discount } = input.quote;
  return allOrNothing(ctx, async (tx) => {
    const now = new Date();
    const taken = await tx.db
      .update(couponTemplates)
      .set({
        remainingQuantity: sql`${couponTemplates.remainingQuantity} - 1`,
        redeemedCount: sql`${couponTemplates.redeemedCount} + 1`,
        updatedAt: now,
      })
      .where(
        and(
          eq(couponTemplates.merchantId, tx.merchantId),
          eq(couponTemplates.id, template.id),
          eq(couponTemplates.status, 'active'),
          gt(couponTemplates.remainingQuantity, 0),
          gt(couponTemplates.endsAt, now),
        ),
      )
      .returning({ id: couponTemplates.id });
    if (taken.length === 0) return whyNotTaken(tx, template.id, now);

    if (customerCouponId === null) {
      // A shared code: the shopper's limit counts their live redemptions.
      const counted = await tx.db
        .insert(couponUsages)
        .values({
          merchantId: tx.merchantId,
          templateId: template.id,
          customerId: input.customerId,
          claimed: 0,
          redeemed: 1,
        })
        .onConflictDoUpdate({
          target: [couponUsages.templateId, couponUsages.customerId],
          set: { redeemed: sql`${couponUsages.redeemed} + 1` },
          setWhere: lt(couponUsages.redeemed, template.perShopperLimit),
        })
        .returning({ redeemed: couponUsages.redeemed });
      if (counted.length === 0) return fail('COUPON_LIMIT_REACHED');
    } else {
      const used = await tx.db
        .update(customerCoupons)
        .set({ status: 'redeemed', orderId: input.orderId, redeemedAt: now })
        .where(
          and(
            eq(customerCoupons.merchantId, tx.merchantId),
            eq(customerCoupons.id, customerCouponId),
            eq(customerCoupons.customerId, input.customerId),
            eq(customerCoupons.status, 'available'),
          ),
        )
        .returning({ id: customerCoupons.id });
      if (used.length === 0) return fail('COUPON_NOT_FOUND', 'The coupon was used by another order');
    }

    const redemptionId = newId('crd');
    await tx.db.insert(couponRedemptions).values({
      id: redemptionId,
      merchantId: tx.merchantId,
      orderId: input.orderId,
      templateId: template.id,
      customerCouponId,
      customerId: input.customerId,
      amount: discount.amount,
      currency: input.currency,
      allocation: discount.allocation,
      status: 'redeemed',
    });
    return ok({ redemptionId });
  });
}

/** The conditional update found no row: say which condition failed. */
async function whyNotTaken(ctx: Ctx, templateId: string, now: Date): Promise<Result<never>> {
  const [row] = await ctx.db
    .select({ status: couponTemplates.status, endsAt: couponTemplates.endsAt })
    .from(couponTemplates)
    .where(and(eq(couponTemplates.merchantId, ctx.merchantId), eq(couponTemplates.id, templateId)));
  if (!row || row.status !== 'active') return fail('COUPON_NOT_FOUND');
  if (row.endsAt <= now) return fail('COUPON_EXPIRED');
  return fail('COUPON_EXHAUSTED');
}
