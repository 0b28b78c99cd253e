import { transitionOrder, type OrderStatus } from '../../../modules/orders/index.ts';
import { undoneByRollback, type Step } from '../../runner.ts';

export interface MarkCancelledInput {
  orderId: string;
  reason: string;
}

/** pending_payment -> cancelled; any other state refuses (ORDER_TRANSITION_INVALID), changing nothing. */
export const markCancelledStep: Step<MarkCancelledInput, { from: OrderStatus }> = {
  name: 'mark-cancelled',
  invoke: (ctx, { orderId, reason }) => transitionOrder(ctx, orderId, 'cancel', { reason }),
  compensate: undoneByRollback,
};
