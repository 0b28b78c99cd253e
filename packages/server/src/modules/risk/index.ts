// Payment risk: rules over payment attempts score each one before the gateway is asked to charge it;
// high scores hold the payment for a reviewer. See README.md and docs/decisions/0010-payment-risk.md.
import { fileURLToPath } from 'node:url';
import type { HexamallModule } from '../../platform/index.ts';
import { riskPersonalData } from './personal-data.ts';
import { riskAdminRoutes } from './routes/admin.ts';
import { lapseHeldAssessments, markAssessmentPaid } from './services/decisions.ts';

export { assessPayment, type AssessPaymentInput, type RiskAddress } from './services/assess-payment.ts';
export {
  linkAssessment,
  lockHeldAssessment,
  recordReviewDecision,
  releaseAssessment,
} from './services/decisions.ts';
export { getRiskAssessment, listRiskAssessments } from './services/list-assessments.ts';
export { getRiskThresholds, setRiskThresholds } from './services/settings.ts';
export { DEFAULT_RISK_THRESHOLDS, RISK_RULES, type RiskRule, type RiskThresholds } from './thresholds.ts';
export { RISK_DECISIONS, type RiskDecision } from './schema.ts';
export { RiskAssessmentSchema, type RiskAssessment } from './views.ts';
export { AssessmentParams as RiskAssessmentParams } from './routes/admin.ts';

export const riskModule: HexamallModule = {
  name: 'risk',
  migrationsFolder: fileURLToPath(new URL('./migrations', import.meta.url)),
  adminRoutes: riskAdminRoutes,
  personalData: riskPersonalData,
  setup(runtime) {
    // Both handlers are idempotent updates, as at-least-once delivery needs.
    runtime.events.on('payment.succeeded', (event, ctx) => markAssessmentPaid(ctx, event.payload.paymentId));
    runtime.events.on('order.status_changed', async (event, ctx) => {
      if (event.payload.to === 'cancelled') await lapseHeldAssessments(ctx, event.payload.orderId);
    });
  },
};
