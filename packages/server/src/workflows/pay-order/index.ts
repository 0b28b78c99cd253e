import type { Ctx, Currency, Result } from '../../platform/index.ts';
import type { CreatePaymentInput, NextAction, Payment, PaymentMethod } from '../../modules/payments/index.ts';
import { runWorkflow } from '../runner.ts';
import { holdPaymentStep } from './steps/hold-payment.ts';
import { linkAssessmentStep } from './steps/link-assessment.ts';
import { loadPayableOrderStep } from './steps/load-payable-order.ts';
import { openPaymentStep } from './steps/open-payment.ts';
import { scorePaymentStep } from './steps/score-payment.ts';

export interface PayOrderInput {
  orderId: string;
  method: PaymentMethod;
  instalments?: number | undefined;
  returnUrl?: string | undefined;
  /** The client's X-Device-Id header: a risk signal, kept only as a keyed hash. */
  deviceId?: string | undefined;
}

/**
 * Starts paying the shopper's unpaid order; the order becomes paid when the gateway confirms. A payment
 * the risk rules hold comes back `held_for_review` with no next action: a reviewer approves it first.
 */
export async function payOrderWorkflow(
  ctx: Ctx,
  input: PayOrderInput,
): Promise<Result<{ payment: Payment; nextAction: NextAction | null }>> {
  return runWorkflow(ctx, async (run) => {
    const now = new Date();
    const order = await run(loadPayableOrderStep, { orderId: input.orderId, now });
    const assessment = await run(scorePaymentStep, { order, deviceId: input.deviceId, now });
    const charge: CreatePaymentInput = {
      orderId: order.id,
      amount: order.total,
      currency: order.currency as Currency,
      method: input.method,
      ...(input.instalments !== undefined ? { instalments: input.instalments } : {}),
      ...(input.returnUrl !== undefined ? { returnUrl: input.returnUrl } : {}),
    };
    const started =
      assessment.decision === 'held'
        ? { payment: await run(holdPaymentStep, charge), nextAction: null }
        : await run(openPaymentStep, charge);
    await run(linkAssessmentStep, { assessmentId: assessment.id, paymentId: started.payment.id });
    return started;
  });
}
