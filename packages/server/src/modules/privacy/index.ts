// The privacy module: the vault that seals personal fields, the audit log of every access to them,
// consent, data-subject rights and access anomaly detection. Other modules reach the vault and the
// audit sink through ctx.privacy (platform/privacy.ts) and the helpers exported here.
import { fileURLToPath } from 'node:url';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { HexamallModule, Runtime } from '../../platform/index.ts';
import { setupVault } from './vault/index.ts';
import { setupAnomalies } from './anomaly/index.ts';
import { alertRoutes } from './routes/alerts.ts';
import { setupConsentCache, storeConsentRoutes } from './consent/index.ts';
import { adminRightsRoutes, privacyContributor, setupRights, storeRightsRoutes } from './rights/index.ts';

export { openPrivacy, type PrivacyOptions, type PrivacyServices } from './open-privacy.ts';
export {
  readFields,
  recordDeletion,
  sealFields,
  type PersonalRecord,
  type SealedField,
} from './access/personal-fields.ts';
export { accessFor, type FieldClass, type Visibility } from './access/policy.ts';
export {
  addressFields,
  addressPartsOf,
  addressValues,
  sealedAddressColumns,
  type AddressParts,
  type SealedAddressColumns,
} from './access/address-fields.ts';
export { maskEmail, maskName, maskPhone } from './access/masks.ts';
export {
  LocalKeyring,
  normaliseForIndex,
  openKeyring,
  rotateMasterKey,
  Vault,
  VaultError,
  type KeyEncryptionProvider,
  type KeyringAuditSigner,
  type RotatableKeyEncryption,
  type RotationReport,
} from './vault/index.ts';

export {
  verifyAuditLog,
  type AuditProblem,
  type AuditProblemKind,
  type AuditSigner,
  type AuditVerification,
} from './audit/index.ts';
export {
  cachedConsentResolver,
  CONSENT_PURPOSES,
  CURRENT_NOTICE_VERSION,
  grantedConsents,
  hasConsent,
  personalisationMode,
  recordSignUpConsents,
  SignUpConsentsBody,
  subjectsWithConsent,
  type PersonalisationMode,
  type SignUpConsentsInput,
} from './consent/index.ts';
export { DEFAULT_RETENTION_DAYS, gatherPersonalData, onSubjectErased } from './rights/index.ts';
export { listAlerts, resolveAlert, AlertSchema, type AlertView } from './anomaly/index.ts';

const adminRoutes: FastifyPluginAsyncTypebox<{ runtime: Runtime }> = async (app, opts) => {
  await app.register(alertRoutes, opts);
  await app.register(adminRightsRoutes, opts);
};

const storeRoutes: FastifyPluginAsyncTypebox<{ runtime: Runtime }> = async (app, opts) => {
  await app.register(storeConsentRoutes, opts);
  await app.register(storeRightsRoutes, opts);
};

export const privacyModule: HexamallModule = {
  name: 'privacy',
  migrationsFolder: fileURLToPath(new URL('./migrations', import.meta.url)),
  storeRoutes,
  adminRoutes,
  personalData: privacyContributor,
  setup(runtime) {
    setupVault(runtime);
    setupAnomalies(runtime);
    setupRights(runtime);
    setupConsentCache(runtime);
  },
};
