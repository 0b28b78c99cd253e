import { redeemCoupon, type RedeemCouponInput } from '../../../modules/promotions/index.ts';
import { undoneByRollback, type Step } from '../../runner.ts';

/**
 * Takes one of the coupon's redemptions for the order, atomically (a conditional UPDATE on the remaining
 * quantity), and records the discount line. COUPON_EXHAUSTED when a concurrent checkout took the last one.
 */
export const redeemCouponStep: Step<RedeemCouponInput, { redemptionId: string }> = {
  name: 'redeem-coupon',
  invoke: (ctx, input) => redeemCoupon(ctx, input),
  // The quantity, the shopper's count and the discount line are rows in this transaction: when a later
  // step fails, the rollback gives the redemption back (a test checks). Cancelling a placed order gives it
  // back through the promotions module's order.status_changed subscriber.
  compensate: undoneByRollback,
};
