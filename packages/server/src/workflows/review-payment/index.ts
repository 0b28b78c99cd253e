import type { Ctx, Result } from '../../platform/index.ts';
import type { Payment } from '../../modules/payments/index.ts';
import type { RiskAssessment } from '../../modules/risk/index.ts';
import { runWorkflow } from '../runner.ts';
import { failPaymentStep } from './steps/fail-payment.ts';
import { recordDecisionStep } from './steps/record-decision.ts';
import { releasePaymentStep } from './steps/release-payment.ts';
import { takeHeldAssessmentStep } from './steps/take-held-assessment.ts';

export interface ReviewInput {
  assessmentId: string;
  /** The reviewer's reason, kept on the assessment. */
  note?: string | undefined;
}

export interface ReviewOutcome {
  assessment: RiskAssessment;
  payment: Payment;
}

/** A reviewer approves a held payment: its charge is opened and the shopper pays it as usual. */
export async function approveHeldPaymentWorkflow(
  ctx: Ctx,
  input: ReviewInput,
): Promise<Result<ReviewOutcome>> {
  return runWorkflow(ctx, async (run) => {
    const held = await run(takeHeldAssessmentStep, { assessmentId: input.assessmentId });
    const { payment } = await run(releasePaymentStep, { paymentId: held.paymentId });
    const assessment = await run(recordDecisionStep, { ...input, decision: 'approved' });
    return { assessment, payment };
  });
}

/** A reviewer rejects a held payment: it fails with risk_rejected and is never sent to the gateway. */
export async function rejectHeldPaymentWorkflow(
  ctx: Ctx,
  input: ReviewInput,
): Promise<Result<ReviewOutcome>> {
  return runWorkflow(ctx, async (run) => {
    const held = await run(takeHeldAssessmentStep, { assessmentId: input.assessmentId });
    const payment = await run(failPaymentStep, { paymentId: held.paymentId });
    const assessment = await run(recordDecisionStep, { ...input, decision: 'rejected' });
    return { assessment, payment };
  });
}
