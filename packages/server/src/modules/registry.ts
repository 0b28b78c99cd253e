import type { Authenticators, HexamallModule } from '../platform/index.ts';
import { catalogModule } from './catalog/index.ts';
import { customersModule, resolveShopper } from './customers/index.ts';
import { inventoryModule } from './inventory/index.ts';
import { shippingModule } from './shipping/index.ts';
import { staffAuthenticators, staffModule } from './staff/index.ts';

/**
 * Every module, in migration order. A module appears here once, through its index.ts.
 */
export const MODULES: HexamallModule[] = [
  staffModule,
  customersModule,
  inventoryModule,
  catalogModule,
  shippingModule,
];

export const AUTHENTICATORS: Authenticators = {
  resolveMerchant: staffAuthenticators.resolveMerchant,
  resolveShopper,
  resolveStaff: staffAuthenticators.resolveStaff,
};
