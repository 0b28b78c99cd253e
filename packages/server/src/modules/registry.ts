import type { Authenticators, HexamallModule } from '../platform/index.ts';

/**
 * Every module, in migration order. A module appears here once, through its index.ts.
 */
export const MODULES: HexamallModule[] = [];

export const AUTHENTICATORS: Authenticators = {
  resolveMerchant: async () => undefined,
  resolveShopper: async () => undefined,
  resolveStaff: async () => undefined,
};
