import type { AuditSink } from '../../../platform/index.ts';
import { AnomalyDetector } from '../anomaly/detector.ts';
import type { PrivacyOptions } from '../open-privacy.ts';
import { ephemeralAuditSigner, type AuditSigner } from './signing.ts';
import { AuditLogWriter } from './writer.ts';

export {
  verifyAuditLog,
  type AuditProblem,
  type AuditProblemKind,
  type AuditVerification,
} from './verify.ts';
export { ephemeralAuditSigner, type AuditSigner } from './signing.ts';
export { AUDIT_CHAIN_LOCK_KEY } from './writer.ts';

export interface AuditLogOptions extends PrivacyOptions {
  /** The keyring's audit signer; without one, checkpoints are signed with a key that dies with the process. */
  signer?: AuditSigner | undefined;
  /** Longest an entry waits in memory before it is stored (default 200 ms). */
  flushIntervalMs?: number;
}

/** The audit sink every ctx.privacy.audit is, with the anomaly rules run on each stored batch. */
export function openAuditLog(options: AuditLogOptions): AuditSink & { close(): Promise<void> } {
  const now = options.now ?? (() => new Date());
  if (!options.signer) options.log.warn('no audit signing key given: checkpoints use a per-process key');
  const detector = new AnomalyDetector(options.database.db, options.config.anomaly, now, options.log);
  return new AuditLogWriter({
    db: options.database.db,
    log: options.log,
    signer: options.signer ?? ephemeralAuditSigner(),
    now,
    ...(options.flushIntervalMs !== undefined ? { intervalMs: options.flushIntervalMs } : {}),
    onStored: (entries) => detector.evaluate(entries),
  });
}
