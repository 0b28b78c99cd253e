// The privacy module: the vault that seals personal fields, the audit log of every access to them,
// consent, data-subject rights and access anomaly detection. Other modules reach the vault and the
// audit sink through ctx.privacy (platform/privacy.ts) and the helpers exported here.
import { fileURLToPath } from 'node:url';
import type { HexamallModule } from '../../platform/index.ts';
import { setupVault } from './vault/index.ts';

export { openPrivacy, type PrivacyOptions, type PrivacyServices } from './open-privacy.ts';
export {
  readFields,
  recordDeletion,
  sealFields,
  type PersonalRecord,
  type SealedField,
} from './access/personal-fields.ts';
export { accessFor, type FieldClass, type Visibility } from './access/policy.ts';
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

export const privacyModule: HexamallModule = {
  name: 'privacy',
  migrationsFolder: fileURLToPath(new URL('./migrations', import.meta.url)),
  setup(runtime) {
    setupVault(runtime);
  },
};
