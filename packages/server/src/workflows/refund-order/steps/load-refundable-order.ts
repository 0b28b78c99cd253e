import { fail, ok } from '../../../platform/index.ts';
import { getOrder, type OrderDetailView, type OrderStatus } from '../../../modules/orders/index.ts';
import { undoneByRollback, type Step } from '../../runner.ts';

const REFUNDABLE: readonly OrderStatus[] = ['paid', 'shipped', 'delivered', 'completed', 'refund_requested'];

export interface RefundPlan {
  order: OrderDetailView;
  paymentId: string;
  amount: number;
  /** This refund brings the order's refunds up to its total. */
  full: boolean;
}

/** Locks a paid order and works out the refund: by default, everything not refunded yet. */
export const loadRefundableOrderStep: Step<{ orderId: string; amount: number | undefined }, RefundPlan> = {
  name: 'load-refundable-order',
  async invoke(ctx, { orderId, amount }) {
    const found = await getOrder(ctx, orderId, { lock: true });
    if (!found.ok) return found;
    const order = found.value;
    if (!REFUNDABLE.includes(order.status) || !order.paymentId) {
      return fail('ORDER_TRANSITION_INVALID', `Cannot refund an order that is ${order.status}`);
    }
    const remaining = order.total - order.refundedAmount;
    const refund = amount ?? remaining;
    if (refund < 1 || refund > remaining)
      return fail('ORDER_REFUND_EXCEEDS_PAID', undefined, { refundable: remaining });
    return ok({ order, paymentId: order.paymentId, amount: refund, full: refund === remaining });
  },
  compensate: undoneByRollback,
};
