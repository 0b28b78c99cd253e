import type { FastifyBaseLogger } from 'fastify';
import type { AppConfig } from '../../config.ts';
import type { AuditSink, Database, PersonalDataVault, PrivacyPort, Runtime } from '../../platform/index.ts';
import { openAuditLog } from './audit/index.ts';
import { openKeyring, openVault, type LocalKeyring } from './vault/index.ts';

export interface PrivacyOptions {
  config: AppConfig;
  database: Database;
  log: FastifyBaseLogger;
  now?: () => Date;
  /** The app's cache factory: the vault's key cache hears destroyed keys from every process. */
  createCache?: Runtime['createCache'];
}

/** The per-app privacy services; the app closes them after its last request. */
export interface PrivacyServices extends PrivacyPort {
  readonly vault: PersonalDataVault;
  readonly audit: AuditSink;
  /** KEKs, the blind-index key and the audit signing key (keyring.auditSigner()). */
  readonly keyring: LocalKeyring;
  close(): Promise<void>;
}

export async function openPrivacy(options: PrivacyOptions): Promise<PrivacyServices> {
  const keyring = openKeyring(options.config, options.now);
  const vault = await openVault({ ...options, keyring });
  const audit = openAuditLog({ ...options, signer: keyring.auditSigner() });
  return {
    vault,
    audit,
    keyring,
    close: async () => {
      await audit.close();
    },
  };
}
