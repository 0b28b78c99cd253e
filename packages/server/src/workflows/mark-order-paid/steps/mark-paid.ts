import { transitionOrder } from '../../../modules/orders/index.ts';
import { undoneByRollback, type Step } from '../../runner.ts';

/** pending_payment -> paid, remembering which payment paid it. */
export const markPaidStep: Step<{ orderId: string; paymentId: string }, unknown> = {
  name: 'mark-paid',
  invoke: (ctx, { orderId, paymentId }) =>
    transitionOrder(ctx, orderId, 'pay', { paymentId, reason: `payment ${paymentId} succeeded` }),
  compensate: undoneByRollback,
};
