import { recordReviewDecision, type RiskAssessment } from '../../../modules/risk/index.ts';
import { undoneByRollback, type Step } from '../../runner.ts';

export interface RecordDecisionInput {
  assessmentId: string;
  decision: 'approved' | 'rejected';
  note?: string | undefined;
}

/** Records who decided and when, and audits it; last, so a failed release leaves no decision behind. */
export const recordDecisionStep: Step<RecordDecisionInput, RiskAssessment> = {
  name: 'record-decision',
  invoke: (ctx, { assessmentId, decision, note }) => recordReviewDecision(ctx, assessmentId, decision, note),
  compensate: undoneByRollback,
};
