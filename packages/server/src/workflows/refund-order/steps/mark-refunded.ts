import { ok } from '../../../platform/index.ts';
import { transitionOrder, type OrderDetailView } from '../../../modules/orders/index.ts';
import { undoneByRollback, type Step } from '../../runner.ts';

/**
 * -> refunded. Only paid and refund_requested orders may go there directly; for goods already shipped
 * the timeline records the merchant's own refund request first, so it reads as what happened.
 */
export const markRefundedStep: Step<{ order: OrderDetailView; reason: string }, unknown> = {
  name: 'mark-refunded',
  async invoke(ctx, { order, reason }) {
    if (order.status !== 'paid' && order.status !== 'refund_requested') {
      const requested = await transitionOrder(ctx, order.id, 'request_refund', { reason });
      if (!requested.ok) return requested;
    }
    const refunded = await transitionOrder(ctx, order.id, 'refund', { reason });
    return refunded.ok ? ok(refunded.value) : refunded;
  },
  compensate: undoneByRollback,
};
