import { linkAssessment, type RiskAssessment } from '../../../modules/risk/index.ts';
import { undoneByRollback, type Step } from '../../runner.ts';

/** Ties the assessment to the payment it judged, and audits the decision; last, as nothing can fail after. */
export const linkAssessmentStep: Step<{ assessmentId: string; paymentId: string }, RiskAssessment> = {
  name: 'link-assessment',
  invoke: (ctx, { assessmentId, paymentId }) => linkAssessment(ctx, assessmentId, paymentId),
  compensate: undoneByRollback,
};
