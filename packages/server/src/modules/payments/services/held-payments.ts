import { and, eq } from 'drizzle-orm';
import { emit, fail, inTransaction, newId, ok, type Ctx, type Result } from '../../../platform/index.ts';
import { paymentProviders } from '../providers/registry.ts';
import { payments } from '../schema.ts';
import { toOpenedPayment, toPayment, type NextAction, type OpenedPayment, type Payment } from '../views.ts';
import { validate, type CreatePaymentInput } from './create-payment.ts';

/** Why a payment a reviewer rejected failed: stable, like a gateway's `card_declined`. */
export const RISK_REJECTED_REASON = 'risk_rejected';

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
 * A rejected held payment fails with `risk_rejected` and says so (payment.failed), as a declined one
 * would; the order is untouched, so the shopper may still pay another way or cancel.
 */
export async function failHeldPayment(ctx: Ctx, paymentId: string): Promise<Result<Payment>> {
  return inTransaction(ctx, async (tx) => {
    const held = await lockHeld(tx, paymentId);
    if (!held.ok) return held;
    const [updated] = await tx.db
      .update(payments)
      .set({ status: 'failed', failureReason: RISK_REJECTED_REASON, updatedAt: new Date() })
      .where(eq(payments.id, held.value.id))
      .returning();
    if (!updated) throw new Error('payment update returned no row');
    await emit(tx, 'payment.failed', {
      paymentId: updated.id,
      orderId: updated.orderId,
      reason: RISK_REJECTED_REASON,
    });
    return ok(toPayment(updated));
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
