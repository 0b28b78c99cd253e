import { recordRefund } from '../../../modules/orders/index.ts';
import { undoneByRollback, type Step } from '../../runner.ts';

export const recordRefundStep: Step<{ orderId: string; amount: number }, unknown> = {
  name: 'record-refund',
  invoke: (ctx, { orderId, amount }) => recordRefund(ctx, orderId, amount),
  compensate: undoneByRollback,
};
