import { and, asc, eq } from 'drizzle-orm';
import type { DataSubject, PersonalDataContributor } from '../../platform/index.ts';
import { couponRedemptions, couponUsages, customerCoupons } from './schema.ts';

/**
 * A shopper's coupons: the wallet and the discount lines of their orders. Erasure empties the wallet
 * and the usage counters; the discount lines stay with the orders they priced (kept for the accounts,
 * as the orders are), holding no more than the order's pseudonymous customer id.
 */
export const promotionsPersonalData: PersonalDataContributor = {
  fields: ['customer_coupons.customer_id', 'coupon_usages.customer_id', 'coupon_redemptions.customer_id'],
  async exportSubject(ctx, subject) {
    const wallet = await ctx.db
      .select()
      .from(customerCoupons)
      .where(
        and(
          eq(customerCoupons.merchantId, subject.merchantId),
          eq(customerCoupons.customerId, subject.customerId),
        ),
      )
      .orderBy(asc(customerCoupons.id));
    const redemptions = await ctx.db
      .select()
      .from(couponRedemptions)
      .where(ofRedeemer(subject))
      .orderBy(asc(couponRedemptions.id));
    if (wallet.length === 0 && redemptions.length === 0) return undefined;
    return {
      coupons: wallet.map((c) => ({
        id: c.id,
        couponTemplateId: c.templateId,
        status: c.status,
        orderId: c.orderId,
        claimedAt: c.claimedAt.toISOString(),
      })),
      couponRedemptions: redemptions.map((r) => ({
        orderId: r.orderId,
        couponTemplateId: r.templateId,
        amount: r.amount,
        currency: r.currency,
        status: r.status,
        at: r.createdAt.toISOString(),
      })),
    };
  },
  async eraseSubject(ctx, subject) {
    await ctx.db
      .delete(customerCoupons)
      .where(
        and(
          eq(customerCoupons.merchantId, subject.merchantId),
          eq(customerCoupons.customerId, subject.customerId),
          eq(customerCoupons.status, 'available'),
        ),
      );
    await ctx.db
      .delete(couponUsages)
      .where(
        and(eq(couponUsages.merchantId, subject.merchantId), eq(couponUsages.customerId, subject.customerId)),
      );
  },
};

const ofRedeemer = (s: DataSubject) =>
  and(eq(couponRedemptions.merchantId, s.merchantId), eq(couponRedemptions.customerId, s.customerId));
