import type { AnomalyRule } from '../../../config.ts';

declare module '../../../platform/events/index.ts' {
  interface DomainEventMap {
    /** An anomaly rule froze a staff account; the staff module sets it frozen and ends its sessions. */
    'privacy.staff_frozen': { staffId: string; alertId: string; rule: AnomalyRule };
  }
}
