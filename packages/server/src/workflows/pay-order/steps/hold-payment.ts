import { holdPayment, type CreatePaymentInput, type Payment } from '../../../modules/payments/index.ts';
import { undoneByRollback, type Step } from '../../runner.ts';

/** Records the payment as held for review: the gateway is not asked to charge it until approved. */
export const holdPaymentStep: Step<CreatePaymentInput, Payment> = {
  name: 'hold-payment',
  invoke: (ctx, input) => holdPayment(ctx, input),
  compensate: undoneByRollback,
};
