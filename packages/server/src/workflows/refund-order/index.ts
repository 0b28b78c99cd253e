import type { Ctx, Result } from '../../platform/index.ts';
import { runWorkflow } from '../runner.ts';
import { loadRefundableOrderStep } from './steps/load-refundable-order.ts';
import { markRefundedStep } from './steps/mark-refunded.ts';
import { recordRefundStep } from './steps/record-refund.ts';
import { refundPaymentStep } from './steps/refund-payment.ts';
import { returnStockStep } from './steps/return-stock.ts';

export interface RefundOrderInput {
  orderId: string;
  /** Minor units; absent means whatever is not refunded yet. */
  amount?: number | undefined;
  reason: string;
}

/**
 * The merchant refunds an order in part or in full. A full refund also returns the stock and moves the
 * order to refunded; a partial one only adds to the refunded amount. The gateway call comes last.
 */
export async function refundOrderWorkflow(
  ctx: Ctx,
  input: RefundOrderInput,
): Promise<Result<{ refundId: string; amount: number; fullyRefunded: boolean }>> {
  return runWorkflow(ctx, async (run) => {
    const plan = await run(loadRefundableOrderStep, { orderId: input.orderId, amount: input.amount });
    await run(recordRefundStep, { orderId: input.orderId, amount: plan.amount });
    if (plan.full) {
      await run(returnStockStep, plan.order);
      await run(markRefundedStep, { order: plan.order, reason: input.reason });
    }
    const refund = await run(refundPaymentStep, {
      paymentId: plan.paymentId,
      amount: plan.amount,
      reason: input.reason,
    });
    return { refundId: refund.refundId, amount: plan.amount, fullyRefunded: plan.full };
  });
}
