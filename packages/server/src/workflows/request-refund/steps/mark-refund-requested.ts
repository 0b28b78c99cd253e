import { transitionOrder } from '../../../modules/orders/index.ts';
import { undoneByRollback, type Step } from '../../runner.ts';

/** paid, shipped, delivered or (within the window) completed -> refund_requested. */
export const markRefundRequestedStep: Step<{ orderId: string; reason: string }, unknown> = {
  name: 'mark-refund-requested',
  invoke: (ctx, { orderId, reason }) => transitionOrder(ctx, orderId, 'request_refund', { reason }),
  compensate: undoneByRollback,
};
