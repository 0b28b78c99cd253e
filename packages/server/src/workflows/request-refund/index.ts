import type { Ctx, Result } from '../../platform/index.ts';
import { runWorkflow } from '../runner.ts';
import { markRefundRequestedStep } from './steps/mark-refund-requested.ts';

/** The shopper asks for their money back; the merchant refunds (refundOrder) or rejects the request. */
export async function requestRefundWorkflow(
  ctx: Ctx,
  input: { orderId: string; reason: string },
): Promise<Result<{ orderId: string }>> {
  return runWorkflow(ctx, async (run) => {
    await run(markRefundRequestedStep, input);
    return { orderId: input.orderId };
  });
}
