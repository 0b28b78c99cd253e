import { fail, ok } from '../../../platform/index.ts';
import { getOrder, type OrderDetailView } from '../../../modules/orders/index.ts';
import { undoneByRollback, type Step } from '../../runner.ts';

/**
 * The shopper's own order (another's is ORDER_NOT_FOUND), locked, still awaiting payment and within its
 * payment window. The lock keeps the auto-cancel job from cancelling it while the charge is opened.
 */
export const loadPayableOrderStep: Step<{ orderId: string; now: Date }, OrderDetailView> = {
  name: 'load-payable-order',
  async invoke(ctx, { orderId, now }) {
    const order = await getOrder(ctx, orderId, { lock: true });
    if (!order.ok) return order;
    if (order.value.status !== 'pending_payment') {
      return fail('ORDER_TRANSITION_INVALID', `Cannot pay an order that is ${order.value.status}`);
    }
    if (new Date(order.value.paymentDeadline).getTime() <= now.getTime())
      return fail('ORDER_PAYMENT_EXPIRED');
    return ok(order.value);
  },
  compensate: undoneByRollback,
};
