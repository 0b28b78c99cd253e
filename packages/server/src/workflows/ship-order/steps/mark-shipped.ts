import { transitionOrder } from '../../../modules/orders/index.ts';
import { undoneByRollback, type Step } from '../../runner.ts';

/** paid -> shipped; refuses (changing nothing) an order that is not paid or has a refund pending. */
export const markShippedStep: Step<{ orderId: string; carrier: string; trackingNumber: string }, unknown> = {
  name: 'mark-shipped',
  invoke: (ctx, { orderId, carrier, trackingNumber }) =>
    transitionOrder(ctx, orderId, 'ship', { reason: `${carrier} ${trackingNumber}` }),
  compensate: undoneByRollback,
};
