import { and, eq, inArray } from 'drizzle-orm';
import { inTransaction, type Ctx } from '../../../platform/index.ts';
import { paymentProviders } from '../providers/registry.ts';
import { payments } from '../schema.ts';

/**
 * Marks an order's pending (and held) payments expired when its payment window closes, and asks each
 * provider to close the charge so the shopper can no longer pay it. A payment that succeeds at the
 * provider anyway still reports payment.succeeded; the order side refunds it.
 */
export async function expirePendingPayments(ctx: Ctx, orderId: string): Promise<{ expired: string[] }> {
  return inTransaction(ctx, async (tx) => {
    const rows = await tx.db
      .update(payments)
      .set({ status: 'expired', updatedAt: new Date() })
      .where(
        and(
          eq(payments.merchantId, tx.merchantId),
          eq(payments.orderId, orderId),
          // A held payment has no charge to close, but must not be released into a closed window.
          inArray(payments.status, ['pending', 'held_for_review']),
        ),
      )
      .returning({ id: payments.id, provider: payments.provider, providerRef: payments.providerRef });
    for (const row of rows) {
      if (row.providerRef) await paymentProviders.get(row.provider)?.closeCharge(tx, row.providerRef);
    }
    return { expired: rows.map((r) => r.id) };
  });
}
