import {
  createPayment,
  paymentProviders,
  type CreatePaymentInput,
  type NextAction,
  type Payment,
} from '../../../modules/payments/index.ts';
import type { Step } from '../../runner.ts';

/** Opens a charge at the gateway for the order's total, as the server computed it. */
export const openPaymentStep: Step<CreatePaymentInput, { payment: Payment; nextAction: NextAction }> = {
  name: 'open-payment',
  invoke: (ctx, input) => createPayment(ctx, input),
  // The charge lives at the gateway, outside our transaction: close it so it cannot be paid.
  async compensate(ctx, { payment }) {
    if (payment.providerRef)
      await paymentProviders.get(payment.provider)?.closeCharge(ctx, payment.providerRef);
  },
};
