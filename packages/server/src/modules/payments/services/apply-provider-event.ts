import { and, eq } from 'drizzle-orm';
import { emit, inTransaction, type Ctx } from '../../../platform/index.ts';
import type { ProviderEvent } from '../providers/provider.ts';
import { paymentWebhookEvents, payments } from '../schema.ts';

export interface EventApplied {
  /** The provider sent this event before; nothing changed this time. */
  duplicate: boolean;
  paymentId: string | null;
}

/**
 * Applies a verified provider event once. The event id is recorded in the same transaction as its
 * effect, so a redelivery (or a concurrent twin, which waits on the primary key) changes nothing.
 * `ctx.merchantId` must be the event's merchant.
 */
export async function applyProviderEvent(
  ctx: Ctx,
  providerId: string,
  event: ProviderEvent,
): Promise<EventApplied> {
  return inTransaction(ctx, async (tx) => {
    const [fresh] = await tx.db
      .insert(paymentWebhookEvents)
      .values({
        merchantId: tx.merchantId,
        provider: providerId,
        eventId: event.eventId,
        type: event.outcome,
      })
      .onConflictDoNothing()
      .returning({ eventId: paymentWebhookEvents.eventId });
    if (!fresh) return { duplicate: true, paymentId: null };
    const where = and(
      eq(payments.merchantId, tx.merchantId),
      eq(payments.provider, providerId),
      eq(payments.providerRef, event.providerRef),
    );
    const [payment] = await tx.db.select().from(payments).where(where).for('update');
    if (!payment) return { duplicate: false, paymentId: null };
    await tx.db
      .update(paymentWebhookEvents)
      .set({ paymentId: payment.id })
      .where(
        and(eq(paymentWebhookEvents.provider, providerId), eq(paymentWebhookEvents.eventId, event.eventId)),
      );
    const now = new Date();
    if (event.outcome === 'succeeded') {
      // An expired payment can still succeed: the money moved, so the order side must hear of it (and refund).
      if (payment.status !== 'pending' && payment.status !== 'expired')
        return { duplicate: false, paymentId: payment.id };
      if (event.amount !== payment.amount || event.currency !== payment.currency) {
        throw new Error(`provider event ${event.eventId} does not match payment ${payment.id}'s amount`);
      }
      await tx.db
        .update(payments)
        .set({
          status: 'succeeded',
          capturedAmount: event.amount,
          instalments: payment.method === 'instalments' ? (event.instalments ?? payment.instalments) : null,
          succeededAt: now,
          updatedAt: now,
        })
        .where(where);
      await emit(tx, 'payment.succeeded', {
        paymentId: payment.id,
        orderId: payment.orderId,
        amount: event.amount,
        currency: payment.currency,
        method: payment.method,
      });
    } else {
      if (payment.status !== 'pending') return { duplicate: false, paymentId: payment.id };
      const reason = event.reason ?? 'declined';
      await tx.db
        .update(payments)
        .set({ status: 'failed', failureReason: reason, updatedAt: now })
        .where(where);
      await emit(tx, 'payment.failed', { paymentId: payment.id, orderId: payment.orderId, reason });
    }
    return { duplicate: false, paymentId: payment.id };
  });
}
