import { failHeldPayment, type Payment } from '../../../modules/payments/index.ts';
import { undoneByRollback, type Step } from '../../runner.ts';

/** The rejected payment fails with risk_rejected; the order stays payable and cancellable. */
export const failPaymentStep: Step<{ paymentId: string }, Payment> = {
  name: 'fail-payment',
  invoke: (ctx, { paymentId }) => failHeldPayment(ctx, paymentId),
  compensate: undoneByRollback,
};
