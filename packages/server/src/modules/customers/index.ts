import { fileURLToPath } from 'node:url';
import { setupSessionCache } from './services/session-cache.ts';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { HexamallModule, Runtime } from '../../platform/index.ts';
import { addressRoutes } from './routes/addresses.ts';
import { demographicsRoutes } from './routes/demographics.ts';
import { adminCustomerRoutes } from './routes/admin-customers.ts';
import { profileRoutes } from './routes/profile.ts';
import { sealLegacyCustomerRows } from './services/seal-legacy-rows.ts';
import { customersPersonalData } from './personal-data.ts';
import { storeAuthRoutes } from './routes/store-auth.ts';

declare module '../../platform/events/index.ts' {
  interface DomainEventMap {
    /** A shopper signed in (or signed up); cartToken is the guest cart to merge into theirs. */
    'customer.signed_in': { customerId: string; cartToken?: string };
  }
}

export { getAddressSnapshot } from './services/get-address-snapshot.ts';
export { getCustomer } from './services/get-customer.ts';
export { customerExists } from './services/customer-exists.ts';
export { listDemographicSubjects, readDemographicsForAnalytics } from './services/demographics.ts';
export { cityTierOf, CITY_TIERS, type CityTier } from './city-tiers.ts';
export { GENDERS, INCOME_BANDS, type Demographics, type Gender, type IncomeBand } from './demographics.ts';
export { resolveShopper, type ResolvedShopper } from './services/resolve-shopper.ts';
export { cachedShopperResolver } from './services/session-cache.ts';
// For sign-ins proved another way (the passkeys module): opens a session and emits customer.signed_in.
export { openSession as openCustomerSession } from './services/open-session.ts';
export {
  type AddressSnapshot,
  type AddressView,
  type CustomerView,
  AddressSchema,
  CustomerSchema,
} from './views.ts';

const storeRoutes: FastifyPluginAsyncTypebox<{ runtime: Runtime }> = async (app, opts) => {
  await app.register(storeAuthRoutes, opts);
  await app.register(addressRoutes, opts);
  await app.register(profileRoutes, opts);
  await app.register(demographicsRoutes, opts);
};

export const customersModule: HexamallModule = {
  name: 'customers',
  migrationsFolder: fileURLToPath(new URL('./migrations', import.meta.url)),
  storeRoutes,
  adminRoutes: adminCustomerRoutes,
  personalData: customersPersonalData,
  setup: setupSessionCache,
  boot: async (runtime) => {
    const sealed = await sealLegacyCustomerRows(runtime);
    if (sealed > 0) runtime.log.info({ sealed }, 'sealed plaintext customer rows from before the vault');
  },
};
