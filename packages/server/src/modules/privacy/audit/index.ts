import { NO_PRIVACY, type AuditSink } from '../../../platform/index.ts';
import type { PrivacyOptions } from '../open-privacy.ts';

// Placeholder until the audit log lands (same session): refuses every use.
export function openAuditLog(_options: PrivacyOptions): AuditSink & { close(): Promise<void> } {
  return { ...NO_PRIVACY.audit, close: async () => {} };
}
