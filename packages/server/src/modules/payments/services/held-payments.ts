import { and, asc, eq } from 'drizzle-orm';
import { emit, fail, inTransaction, newId, ok, type Ctx, type Result } from '../../../platform/index.ts';
import { paymentProviders } from '../providers/registry.ts';
import { payments } from '../schema.ts';
import { toOpenedPayment, toPayment, type NextAction, type OpenedPayment, type Payment } from '../views.ts';
import { validate, type CreatePaymentInput } from './create-payment.ts';

/** Why a payment a reviewer rejected failed: stable, like a gateway's `card_declined`. */
export const RISK_REJECTED_REASON = 'risk_rejected';

/** Why a held payment failed because its order was cancelled before anyone reviewed it. */
export const ORDER_CANCELLED_REASON = 'order_cancelled';

/**
 * Records a payment the risk rules held, without asking the gateway for anything: no charge exists to
 * be paid until `releaseHeldPayment`. The caller (the pay-order workflow) has checked the order.
 */
export async function holdPayment(ctx: Ctx, input: CreatePaymentInput): Promise<Result<Payment>> {
  const invalid = validate(input);
  if (invalid) return fail('VALIDATION_FAILED', invalid);
  const [row] = await ctx.db
    .insert(payments)
    .values({
      id: newId('pay'),
      merchantId: ctx.merchantId,
      orderId: input.orderId,
      amount: input.amount,
      currency: input.currency,
      method: input.method,
      instalments: input.method === 'instalments' ? (input.instalments ?? null) : null,
      status: 'held_for_review',
      provider: paymentProviders.default().id,
      returnUrl: input.returnUrl ?? null,
    })
    .returning();
  if (!row) throw new Error('payment insert returned no row');
  return ok(toPayment(row));
}

/** An approved held payment: opens its charge with the provider, so it goes on exactly as any other. */
export async function releaseHeldPayment(
  ctx: Ctx,
  paymentId: string,
): Promise<Result<{ payment: OpenedPayment; nextAction: NextAction }>> {
  return inTransaction(ctx, async (tx) => {
    const held = await lockHeld(tx, paymentId);
    if (!held.ok) return held;
    const row = held.value;
    const provider = paymentProviders.get(row.provider);
    if (!provider) throw new Error(`payment provider ${row.provider} is not registered`);
    const charge = await provider.createCharge(tx, {
      paymentId: row.id,
      orderId: row.orderId,
      amount: row.amount,
      currency: row.currency,
      method: row.method,
      instalments: row.instalments,
      returnUrl: row.returnUrl,
    });
    if (!charge.ok) return charge;
    const [updated] = await tx.db
      .update(payments)
      .set({
        status: 'pending',
        providerRef: charge.value.providerRef,
        nextAction: charge.value.nextAction,
        updatedAt: new Date(),
      })
      .where(eq(payments.id, row.id))
      .returning();
    if (!updated) throw new Error('payment update returned no row');
    return ok({ payment: toOpenedPayment(updated), nextAction: charge.value.nextAction });
  });
}

/**
 * A rejected held payment fails with `risk_rejected` (or the reason given) and says so
 * (payment.failed), as a declined one would; the order is untouched, so the shopper may still pay
 * another way or cancel.
 */
export async function failHeldPayment(
  ctx: Ctx,
  paymentId: string,
  reason: string = RISK_REJECTED_REASON,
): Promise<Result<Payment>> {
  return inTransaction(ctx, async (tx) => {
    const held = await lockHeld(tx, paymentId);
    if (!held.ok) return held;
    const [updated] = await tx.db
      .update(payments)
      .set({ status: 'failed', failureReason: reason, updatedAt: new Date() })
      .where(eq(payments.id, held.value.id))
      .returning();
    if (!updated) throw new Error('payment update returned no row');
    await emit(tx, 'payment.failed', {
      paymentId: updated.id,
      orderId: updated.orderId,
      reason,
    });
    return ok(toPayment(updated));
  });
}

/**
 * Fails every payment of the order still held for review, with `order_cancelled`: the order was
 * cancelled, so none of them may ever be released. Payments in any other state are left alone.
 */
export async function failHeldPaymentsOfOrder(ctx: Ctx, orderId: string): Promise<Result<Payment[]>> {
  return inTransaction(ctx, async (tx) => {
    const held = await tx.db
      .select({ id: payments.id })
      .from(payments)
      .where(
        and(
          eq(payments.merchantId, tx.merchantId),
          eq(payments.orderId, orderId),
          eq(payments.status, 'held_for_review'),
        ),
      )
      .orderBy(asc(payments.createdAt), asc(payments.id))
      // A reviewer releasing one at the same moment wins or waits; one released meanwhile is skipped.
      .for('update');
    const failed: Payment[] = [];
    for (const { id } of held) {
      const result = await failHeldPayment(tx, id, ORDER_CANCELLED_REASON);
      if (!result.ok) return result;
      failed.push(result.value);
    }
    return ok(failed);
  });
}

async function lockHeld(ctx: Ctx, paymentId: string) {
  const [row] = await ctx.db
    .select()
    .from(payments)
    .where(and(eq(payments.merchantId, ctx.merchantId), eq(payments.id, paymentId)))
    .for('update');
  if (!row) return fail('PAYMENT_NOT_FOUND');
  if (row.status !== 'held_for_review') return fail('PAYMENT_NOT_HELD', `the payment is ${row.status}`);
  return ok(row);
}
