import type { FastifyBaseLogger } from 'fastify';
import type { AppConfig } from '../../config.ts';
import type { AuditSink, Database, PersonalDataVault, PrivacyPort } from '../../platform/index.ts';
import { openAuditLog } from './audit/index.ts';
import { openVault } from './vault/index.ts';

export interface PrivacyOptions {
  config: AppConfig;
  database: Database;
  log: FastifyBaseLogger;
  now?: () => Date;
}

/** The per-app privacy services; the app closes them after its last request. */
export interface PrivacyServices extends PrivacyPort {
  readonly vault: PersonalDataVault;
  readonly audit: AuditSink;
  close(): Promise<void>;
}

export async function openPrivacy(options: PrivacyOptions): Promise<PrivacyServices> {
  const vault = await openVault(options);
  const audit = openAuditLog(options);
  return {
    vault,
    audit,
    close: async () => {
      await audit.close();
    },
  };
}
