import { failHeldPaymentsOfOrder, type Payment } from '../../../modules/payments/index.ts';
import { undoneByRollback, type Step } from '../../runner.ts';

/**
 * Fails the order's payments still held for review (order_cancelled): they were never sent to the
 * gateway, so nothing outside the database needs undoing and the rollback restores them.
 */
export const failHeldPaymentsStep: Step<string, Payment[]> = {
  name: 'fail-held-payments',
  invoke: (ctx, orderId) => failHeldPaymentsOfOrder(ctx, orderId),
  compensate: undoneByRollback,
};
