// Coupons: merchant-defined templates, shoppers' wallets, and the discount line checkout redeems.
// See docs/decisions/0013-reviews-and-coupons.md.
import { fileURLToPath } from 'node:url';
import type { HexamallModule } from '../../platform/index.ts';
import { promotionsPersonalData } from './personal-data.ts';
import { promotionsAdminRoutes } from './routes/admin.ts';
import { promotionsStoreRoutes } from './routes/store.ts';
import { returnOrderCoupon } from './services/return-coupon.ts';

export { createCouponTemplate, type CouponTemplateInput } from './services/templates.ts';
export { quoteCoupon, type CouponQuote } from './services/quote-coupon.ts';
export { redeemCoupon, type RedeemCouponInput } from './services/redeem-coupon.ts';
export { returnOrderCoupon } from './services/return-coupon.ts';
export type { CouponChoice } from './services/find-coupon.ts';
export { CouponChoiceSchema } from './routes/store.ts';
export { computeDiscount, type CouponLine, type Discount } from './discount.ts';

export const promotionsModule: HexamallModule = {
  name: 'promotions',
  migrationsFolder: fileURLToPath(new URL('./migrations', import.meta.url)),
  storeRoutes: promotionsStoreRoutes,
  adminRoutes: promotionsAdminRoutes,
  personalData: promotionsPersonalData,
  setup(runtime) {
    // Cancelling (by the shopper or at the payment deadline) and a full refund give the coupon back, as
    // the big marketplaces do; a partial refund keeps it used, since the rest of the order still had its
    // discount. returnOrderCoupon acts once per order however often the event arrives.
    runtime.events.on('order.status_changed', async (event, ctx) => {
      if (event.payload.to === 'cancelled' || event.payload.to === 'refunded')
        await returnOrderCoupon(ctx, event.payload.orderId);
    });
  },
};
