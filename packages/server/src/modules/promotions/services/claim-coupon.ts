import { and, eq, gt, lt, sql } from 'drizzle-orm';
import { newId, fail, ok, type Ctx, type Result } from '../../../platform/index.ts';
import { allOrNothing } from '../all-or-nothing.ts';
import { couponTemplates, couponUsages, customerCoupons, type CustomerCouponRow } from '../schema.ts';

/**
 * Claims one coupon of a claim template into the shopper's wallet: while it is active and not ended,
 * within the total quantity (claimed_count < total_quantity, a conditional UPDATE) and the shopper's
 * limit (a conditional upsert). Either refusal writes nothing.
 */
export async function claimCoupon(
  ctx: Ctx,
  customerId: string,
  templateId: string,
): Promise<Result<CustomerCouponRow>> {
  return allOrNothing(ctx, async (tx) => {
    const now = new Date();
    const [template] = await tx.db
      .select()
      .from(couponTemplates)
      .where(
        and(
          eq(couponTemplates.merchantId, tx.merchantId),
          eq(couponTemplates.id, templateId),
          eq(couponTemplates.distribution, 'claim'),
          eq(couponTemplates.status, 'active'),
        ),
      );
    if (!template) return fail('COUPON_NOT_FOUND');
    if (template.endsAt <= now) return fail('COUPON_EXPIRED');
    const taken = await tx.db
      .update(couponTemplates)
      .set({ claimedCount: sql`${couponTemplates.claimedCount} + 1`, updatedAt: now })
      .where(
        and(
          eq(couponTemplates.merchantId, tx.merchantId),
          eq(couponTemplates.id, templateId),
          lt(couponTemplates.claimedCount, couponTemplates.totalQuantity),
          gt(couponTemplates.endsAt, now),
        ),
      )
      .returning({ id: couponTemplates.id });
    if (taken.length === 0) return fail('COUPON_EXHAUSTED');
    const counted = await tx.db
      .insert(couponUsages)
      .values({ merchantId: tx.merchantId, templateId, customerId, claimed: 1, redeemed: 0 })
      .onConflictDoUpdate({
        target: [couponUsages.templateId, couponUsages.customerId],
        set: { claimed: sql`${couponUsages.claimed} + 1` },
        setWhere: lt(couponUsages.claimed, template.perShopperLimit),
      })
      .returning({ claimed: couponUsages.claimed });
    if (counted.length === 0) return fail('COUPON_LIMIT_REACHED');
    const [coupon] = await tx.db
      .insert(customerCoupons)
      .values({
        id: newId('ccp'),
        merchantId: tx.merchantId,
        templateId,
        customerId,
        status: 'available',
      })
      .returning();
    if (!coupon) throw new Error('customer coupon insert returned nothing');
    return ok(coupon);
  });
}
