import { fileURLToPath } from 'node:url';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Authenticators, HexamallModule, Runtime } from '../../platform/index.ts';
import { staffAuthRoutes } from './routes/auth.ts';
import { staffManagementRoutes } from './routes/staff.ts';
import { staffUnfreezeRoutes } from './routes/unfreeze.ts';
import { freezeStaff } from './services/freeze-staff.ts';
import { resolveMerchant } from './services/get-merchant.ts';
import { resolveStaff } from './services/resolve-staff.ts';
import { sealLegacyStaffRows } from './services/seal-legacy-rows.ts';

export {
  createMerchant,
  MERCHANT_HANDLE_PATTERN,
  type CreateMerchantInput,
} from './services/create-merchant.ts';
export { createStaff, type CreateStaffInput } from './services/create-staff.ts';
export { getMerchant, resolveMerchant } from './services/get-merchant.ts';
export { getStaff } from './services/get-staff.ts';
export { resolveStaff } from './services/resolve-staff.ts';
export { freezeStaff } from './services/freeze-staff.ts';
export { unfreezeStaff } from './services/unfreeze-staff.ts';
export { findStaffId } from './services/find-staff.ts';
export { openStaffSession } from './services/open-staff-session.ts';
export {
  type MerchantView,
  type StaffView,
  MerchantSchema,
  permissionsOf,
  SignedInSchema,
  StaffSchema,
} from './views.ts';
// Shared with the customers module, which signs shoppers in the same way.
export {
  hashPassword,
  verifyPassword,
  newSessionToken,
  hashSessionToken,
  normaliseEmail,
  MIN_PASSWORD_LENGTH,
  MAX_PASSWORD_LENGTH,
  MIN_PASSWORD_SCORE,
  checkPasswordPolicy,
  CommonPasswordList,
  defaultBreachedPasswordChecker,
  type BreachedPasswordChecker,
  type PasswordPolicyOptions,
} from './credentials.ts';

/** The registry's merchant and staff resolvers. */
export const staffAuthenticators: Pick<Authenticators, 'resolveMerchant' | 'resolveStaff'> = {
  resolveMerchant,
  resolveStaff,
};

const adminRoutes: FastifyPluginAsyncTypebox<{ runtime: Runtime }> = async (app, opts) => {
  await app.register(staffAuthRoutes, opts);
  await app.register(staffManagementRoutes, opts);
  await app.register(staffUnfreezeRoutes, opts);
};

export const staffModule: HexamallModule = {
  name: 'staff',
  migrationsFolder: fileURLToPath(new URL('./migrations', import.meta.url)),
  adminRoutes,
  boot: async (runtime) => {
    const sealed = await sealLegacyStaffRows(runtime);
    if (sealed > 0) runtime.log.info({ sealed }, 'sealed plaintext staff rows from before the vault');
  },
  setup(runtime) {
    // An access anomaly froze the account: its sessions end with the delivery's transaction.
    runtime.events.on('privacy.staff_frozen', async (event, ctx) => {
      await freezeStaff(ctx, event.payload.staffId);
    });
  },
};
