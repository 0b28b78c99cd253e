import type { Ctx, Result } from '../../platform/index.ts';
import { runWorkflow } from '../runner.ts';
import { failHeldPaymentsStep } from './steps/fail-held-payments.ts';
import { markCancelledStep } from './steps/mark-cancelled.ts';
import { releaseStockStep } from './steps/release-stock.ts';

declare module '../../platform/jobs/index.ts' {
  interface JobMap {
    /** Cancels an order still unpaid at its payment deadline. */
    'order.auto_cancel': { orderId: string };
  }
}

/**
 * Cancels an unpaid order, fails its payments still held for risk review (so none can be released
 * later) and releases its stock: by the shopper, or at the payment deadline.
 */
export async function cancelOrderWorkflow(
  ctx: Ctx,
  input: { orderId: string; reason: string },
): Promise<Result<{ orderId: string }>> {
  return runWorkflow(ctx, async (run) => {
    await run(markCancelledStep, input);
    await run(failHeldPaymentsStep, input.orderId);
    await run(releaseStockStep, input.orderId);
    return { orderId: input.orderId };
  });
}

/**
 * The `order.auto_cancel` job. An order paid (or cancelled) before its deadline is left alone, so the
 * job never needs to be removed when the order moves on.
 */
export async function autoCancelUnpaidOrder(ctx: Ctx, { orderId }: { orderId: string }): Promise<void> {
  const result = await cancelOrderWorkflow(ctx, { orderId, reason: 'payment deadline passed' });
  if (!result.ok && result.code !== 'ORDER_TRANSITION_INVALID' && result.code !== 'ORDER_NOT_FOUND') {
    throw new Error(`auto-cancel of ${orderId} failed: ${result.code}`);
  }
}
