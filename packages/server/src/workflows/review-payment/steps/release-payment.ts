import {
  paymentProviders,
  releaseHeldPayment,
  type NextAction,
  type Payment,
} from '../../../modules/payments/index.ts';
import type { Step } from '../../runner.ts';

/** Opens the approved payment's charge at the gateway: from here it is paid like any other. */
export const releasePaymentStep: Step<{ paymentId: string }, { payment: Payment; nextAction: NextAction }> = {
  name: 'release-payment',
  invoke: (ctx, { paymentId }) => releaseHeldPayment(ctx, paymentId),
  // The charge lives at the gateway, outside our transaction: close it so it cannot be paid.
  async compensate(ctx, { payment }) {
    if (payment.providerRef)
      await paymentProviders.get(payment.provider)?.closeCharge(ctx, payment.providerRef);
  },
};
