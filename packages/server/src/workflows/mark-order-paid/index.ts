import type { Ctx } from '../../platform/index.ts';
import { getOrder } from '../../modules/orders/index.ts';
import type { PaymentSucceeded } from '../../modules/payments/index.ts';
import { refundPaymentStep } from '../refund-order/steps/refund-payment.ts';
import { runWorkflow } from '../runner.ts';
import { commitStockStep } from './steps/commit-stock.ts';
import { markPaidStep } from './steps/mark-paid.ts';

/**
 * The `payment.succeeded` subscriber. Delivery is at least once, so each outcome is idempotent:
 * - the order awaits payment of this amount: it becomes paid and its held stock is sold;
 * - the order was already paid by this payment: nothing to do;
 * - anything else (paid after the auto-cancel, a second payment, a wrong amount): the money goes back.
 */
export async function markOrderPaid(ctx: Ctx, event: PaymentSucceeded): Promise<void> {
  const result = await runWorkflow(ctx, async (run, tx) => {
    const found = await getOrder(tx, event.orderId, { lock: true });
    if (!found.ok) throw new Error(`payment ${event.paymentId} names an unknown order`);
    const order = found.value;
    if (order.paymentId === event.paymentId) return 'already paid';
    const payable =
      order.status === 'pending_payment' && order.total === event.amount && order.currency === event.currency;
    if (payable) {
      await run(markPaidStep, { orderId: order.id, paymentId: event.paymentId });
      await run(commitStockStep, order.id);
      return 'paid';
    }
    const reason = order.status === 'cancelled' ? 'paid after the order was cancelled' : 'payment not needed';
    await run(refundPaymentStep, { paymentId: event.paymentId, amount: event.amount, reason });
    return 'refunded';
  });
  // A redelivered event finds the payment already refunded: that is the outcome we wanted.
  if (!result.ok && result.code !== 'PAYMENT_NOT_REFUNDABLE') {
    throw new Error(`could not settle payment ${event.paymentId}: ${result.code}`);
  }
}
