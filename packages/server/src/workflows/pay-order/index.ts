import type { Ctx, Currency, Result } from '../../platform/index.ts';
import type { NextAction, Payment, PaymentMethod } from '../../modules/payments/index.ts';
import { runWorkflow } from '../runner.ts';
import { loadPayableOrderStep } from './steps/load-payable-order.ts';
import { openPaymentStep } from './steps/open-payment.ts';

export interface PayOrderInput {
  orderId: string;
  method: PaymentMethod;
  instalments?: number | undefined;
  returnUrl?: string | undefined;
}

/** Starts paying the shopper's unpaid order; the order becomes paid when the gateway confirms. */
export async function payOrderWorkflow(
  ctx: Ctx,
  input: PayOrderInput,
): Promise<Result<{ payment: Payment; nextAction: NextAction }>> {
  return runWorkflow(ctx, async (run) => {
    const order = await run(loadPayableOrderStep, { orderId: input.orderId, now: new Date() });
    return run(openPaymentStep, {
      orderId: order.id,
      amount: order.total,
      currency: order.currency as Currency,
      method: input.method,
      ...(input.instalments !== undefined ? { instalments: input.instalments } : {}),
      ...(input.returnUrl !== undefined ? { returnUrl: input.returnUrl } : {}),
    });
  });
}
