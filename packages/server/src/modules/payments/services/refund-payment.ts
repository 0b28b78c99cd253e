import { and, eq } from 'drizzle-orm';
import {
  emit,
  fail,
  inTransaction,
  MAX_MINOR_AMOUNT,
  newId,
  ok,
  type Ctx,
  type Result,
} from '../../../platform/index.ts';
import { paymentProviders } from '../providers/registry.ts';
import { paymentRefunds, payments } from '../schema.ts';
import { toPayment, toRefund, type Payment, type Refund } from '../views.ts';

export interface RefundPaymentInput {
  paymentId: string;
  /** Minor units; at most what was captured minus earlier refunds. */
  amount: number;
  reason: string;
}

export const MAX_REFUND_REASON_LENGTH = 200;

/**
 * Gives money back, in full or in part. The payment row is locked first, so concurrent refunds queue
 * and their sum can never pass the captured amount (a check constraint backs this up).
 */
export async function refundPayment(
  ctx: Ctx,
  input: RefundPaymentInput,
): Promise<Result<{ refund: Refund; payment: Payment }>> {
  if (!Number.isInteger(input.amount) || input.amount < 1 || input.amount > MAX_MINOR_AMOUNT) {
    return fail(
      'VALIDATION_FAILED',
      `amount must be an integer of minor units from 1 to ${MAX_MINOR_AMOUNT}`,
    );
  }
  const reason = typeof input.reason === 'string' ? input.reason.trim() : '';
  if (reason.length === 0 || reason.length > MAX_REFUND_REASON_LENGTH) {
    return fail('VALIDATION_FAILED', `reason must be 1-${MAX_REFUND_REASON_LENGTH} characters`);
  }
  return inTransaction(ctx, async (tx) => {
    const where = and(eq(payments.merchantId, tx.merchantId), eq(payments.id, input.paymentId));
    const [payment] = await tx.db.select().from(payments).where(where).for('update');
    if (!payment) return fail('PAYMENT_NOT_FOUND');
    if (payment.status !== 'succeeded' && payment.status !== 'partially_refunded') {
      return fail('PAYMENT_NOT_REFUNDABLE', `the payment is ${payment.status}`);
    }
    const refundable = payment.capturedAmount - payment.refundedAmount;
    if (input.amount > refundable) return fail('REFUND_EXCEEDS_CAPTURED', undefined, { refundable });
    const provider = paymentProviders.get(payment.provider);
    if (!provider) throw new Error(`payment provider ${payment.provider} is not registered`);
    // Captured means the gateway charged it, so it has a reference; the check keeps the types honest.
    if (!payment.providerRef) throw new Error(`captured payment ${payment.id} has no provider reference`);
    const refundId = newId('ref');
    const sent = await provider.refund(tx, {
      providerRef: payment.providerRef,
      refundId,
      amount: input.amount,
      currency: payment.currency,
      reason,
    });
    if (!sent.ok) return sent;
    const [refund] = await tx.db
      .insert(paymentRefunds)
      .values({
        id: refundId,
        merchantId: tx.merchantId,
        paymentId: payment.id,
        amount: input.amount,
        currency: payment.currency,
        reason,
        status: 'succeeded',
        providerRefundRef: sent.value.providerRefundRef,
      })
      .returning();
    const refundedAmount = payment.refundedAmount + input.amount;
    const fullyRefunded = refundedAmount === payment.capturedAmount;
    const [updated] = await tx.db
      .update(payments)
      .set({
        refundedAmount,
        status: fullyRefunded ? 'refunded' : 'partially_refunded',
        updatedAt: new Date(),
      })
      .where(where)
      .returning();
    if (!refund || !updated) throw new Error('refund rows were not written');
    await emit(tx, 'payment.refunded', {
      paymentId: payment.id,
      orderId: payment.orderId,
      refundId,
      amount: input.amount,
      fullyRefunded,
    });
    return ok({ refund: toRefund(refund), payment: toPayment(updated) });
  });
}
