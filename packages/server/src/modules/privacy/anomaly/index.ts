// Access anomaly detection: rules over the stored audit log that freeze staff accounts or raise alerts.
import type { Runtime } from '../../../platform/index.ts';
import './events.ts';
import { resolveFreezeAlerts } from './services/resolve-alert.ts';

export { AnomalyDetector } from './detector.ts';
export { listAlerts } from './services/list-alerts.ts';
export { resolveAlert, resolveFreezeAlerts } from './services/resolve-alert.ts';
export { AlertSchema, AlertRuleSchema, type AlertView } from './views.ts';
export { networkOf } from './network.ts';

/** Closes the freeze alerts of an account its owner unfroze (the staff module emits 'staff.unfrozen'). */
export function setupAnomalies(runtime: Runtime): void {
  runtime.events.on('staff.unfrozen', async (event, ctx) => {
    await resolveFreezeAlerts(ctx, event.payload.staffId, event.payload.by);
  });
}
