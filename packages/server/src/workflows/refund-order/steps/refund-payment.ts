import { refundPayment, type RefundPaymentInput } from '../../../modules/payments/index.ts';
import type { Step } from '../../runner.ts';

/**
 * Gives the money back at the gateway. Money sent cannot be recalled, so workflows run this step last:
 * nothing after it can fail and leave the refund without its bookkeeping.
 */
export const refundPaymentStep: Step<RefundPaymentInput, { refundId: string; fullyRefunded: boolean }> = {
  name: 'refund-payment',
  async invoke(ctx, input) {
    const refunded = await refundPayment(ctx, input);
    if (!refunded.ok) return refunded;
    const { refund, payment } = refunded.value;
    return {
      ok: true,
      value: { refundId: refund.id, fullyRefunded: payment.refundedAmount >= payment.capturedAmount },
    };
  },
  async compensate() {
    throw new Error('a refund cannot be undone; refund-payment must be the last step');
  },
};
