import { lockHeldAssessment, type RiskAssessment } from '../../../modules/risk/index.ts';
import { undoneByRollback, type Step } from '../../runner.ts';

/** The held assessment being decided, locked so a second reviewer waits and then finds it decided. */
export const takeHeldAssessmentStep: Step<{ assessmentId: string }, RiskAssessment & { paymentId: string }> =
  {
    name: 'take-held-assessment',
    invoke: (ctx, { assessmentId }) => lockHeldAssessment(ctx, assessmentId),
    compensate: undoneByRollback,
  };
