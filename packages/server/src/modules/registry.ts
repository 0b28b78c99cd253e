import type { Authenticators, HexamallModule } from '../platform/index.ts';
import { analyticsModule } from './analytics/index.ts';
import { cartModule } from './cart/index.ts';
import { catalogModule } from './catalog/index.ts';
import { customersModule, resolveShopper } from './customers/index.ts';
import { inventoryModule } from './inventory/index.ts';
import { ordersModule } from './orders/index.ts';
import { passkeysModule } from './passkeys/index.ts';
import { paymentsModule } from './payments/index.ts';
import { grantedConsents, privacyModule } from './privacy/index.ts';
import { recommendModule } from './recommend/index.ts';
import { promotionsModule } from './promotions/index.ts';
import { reviewsModule } from './reviews/index.ts';
import { riskModule } from './risk/index.ts';
import { searchModule } from './search/index.ts';
import { shippingModule } from './shipping/index.ts';
import { socialModule } from './social/index.ts';
import { staffAuthenticators, staffModule } from './staff/index.ts';

/**
 * Every module, in migration order. A module appears here once, through its index.ts.
 */
export const MODULES: HexamallModule[] = [
  privacyModule,
  staffModule,
  customersModule,
  inventoryModule,
  catalogModule,
  cartModule,
  ordersModule,
  paymentsModule,
  shippingModule,
  searchModule,
  passkeysModule,
  riskModule,
  promotionsModule,
  reviewsModule,
  socialModule,
  analyticsModule,
  recommendModule,
];

export const AUTHENTICATORS: Authenticators = {
  resolveMerchant: staffAuthenticators.resolveMerchant,
  resolveShopper,
  resolveStaff: staffAuthenticators.resolveStaff,
  resolveConsent: grantedConsents,
};
