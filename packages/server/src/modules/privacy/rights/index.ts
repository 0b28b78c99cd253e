import type { Runtime } from '../../../platform/index.ts';
import { purgeExpiredData, retentionDays, retentionPolicy } from './retention.ts';
import { processRequest } from './services/process-request.ts';
import { announceErasure } from './subject-erased.ts';

// Data-subject rights: what the privacy module's index.ts exports and mounts of them.
export { adminRightsRoutes } from './admin-routes.ts';
export { storeRightsRoutes } from './store-routes.ts';
export { privacyContributor } from './privacy-contributor.ts';
export { DEFAULT_RETENTION_DAYS, retentionDays, retentionPolicy } from './retention.ts';
export { gatherPersonalData } from './services/gather-personal-data.ts';
export { onSubjectErased, type SubjectErasedListener } from './subject-erased.ts';

declare module '../../../platform/jobs/index.ts' {
  interface JobMap {
    'privacy.retention_purge': Record<string, never>;
  }
}

const PURGE_EVERY_MS = 6 * 60 * 60_000;

/** Registers the request job and the retention purge over every module's contributor. */
export function setupRights(runtime: Runtime): void {
  const days = retentionDays(runtime.config.retentionDays);
  runtime.jobs.register(
    'privacy.process_request',
    (ctx, { requestId }) => processRequest(ctx, runtime.personalData, requestId),
    { afterCommit: (merchantId, { requestId }) => announceErasure(runtime, merchantId, requestId) },
  );
  runtime.jobs.registerRecurring('privacy.retention_purge', PURGE_EVERY_MS, (ctx) =>
    purgeExpiredData(ctx, runtime.personalData, retentionPolicy(new Date(), days), runtime.log),
  );
}
