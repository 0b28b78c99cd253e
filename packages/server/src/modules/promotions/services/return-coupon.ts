import { and, eq, sql } from 'drizzle-orm';
import { inTransaction, type Ctx } from '../../../platform/index.ts';
import { couponRedemptions, couponTemplates, couponUsages, customerCoupons } from '../schema.ts';

/**
 * Gives back the coupon a cancelled order redeemed: the quantity to the coupon, the use to the shopper's
 * limit, the wallet coupon to the wallet. Idempotent (the redemption flips from redeemed to returned
 * once), as at-least-once event delivery needs. Returns whether anything was given back.
 */
export async function returnOrderCoupon(ctx: Ctx, orderId: string): Promise<boolean> {
  return inTransaction(ctx, async (tx) => {
    const [returned] = await tx.db
      .update(couponRedemptions)
      .set({ status: 'returned', returnedAt: new Date() })
      .where(
        and(
          eq(couponRedemptions.merchantId, tx.merchantId),
          eq(couponRedemptions.orderId, orderId),
          eq(couponRedemptions.status, 'redeemed'),
        ),
      )
      .returning();
    if (!returned) return false;
    await tx.db
      .update(couponTemplates)
      .set({
        remainingQuantity: sql`${couponTemplates.remainingQuantity} + 1`,
        redeemedCount: sql`${couponTemplates.redeemedCount} - 1`,
        updatedAt: new Date(),
      })
      .where(and(eq(couponTemplates.merchantId, tx.merchantId), eq(couponTemplates.id, returned.templateId)));
    if (returned.customerCouponId) {
      await tx.db
        .update(customerCoupons)
        .set({ status: 'available', orderId: null, redeemedAt: null })
        .where(
          and(
            eq(customerCoupons.merchantId, tx.merchantId),
            eq(customerCoupons.id, returned.customerCouponId),
          ),
        );
    } else {
      await tx.db
        .update(couponUsages)
        .set({ redeemed: sql`greatest(${couponUsages.redeemed} - 1, 0)` })
        .where(
          and(
            eq(couponUsages.merchantId, tx.merchantId),
            eq(couponUsages.templateId, returned.templateId),
            eq(couponUsages.customerId, returned.customerId),
          ),
        );
    }
    return true;
  });
}
