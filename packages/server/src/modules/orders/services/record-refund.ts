import { and, eq, sql } from 'drizzle-orm';
import { fail, inTransaction, ok, type Ctx, type Result } from '../../../platform/index.ts';
import { orders } from '../schema.ts';
import { orderScope } from './scope.ts';

/**
 * Adds a completed refund to the order's running total; refuses to go past what was paid, so the
 * order and the payment can never disagree by more than one in-flight refund.
 */
export async function recordRefund(
  ctx: Ctx,
  orderId: string,
  amount: number,
): Promise<Result<{ refundedAmount: number; fullyRefunded: boolean }>> {
  return inTransaction(ctx, async (tx) => {
    const [row] = await tx.db
      .update(orders)
      .set({ refundedAmount: sql`${orders.refundedAmount} + ${amount}`, updatedAt: new Date() })
      .where(
        and(
          orderScope(tx),
          eq(orders.id, orderId),
          sql`${orders.refundedAmount} + ${amount} <= ${orders.total}`,
        ),
      )
      .returning({ refundedAmount: orders.refundedAmount, total: orders.total });
    if (!row) {
      const [exists] = await tx.db
        .select({ id: orders.id })
        .from(orders)
        .where(and(orderScope(tx), eq(orders.id, orderId)));
      return exists ? fail('ORDER_REFUND_EXCEEDS_PAID') : fail('ORDER_NOT_FOUND');
    }
    return ok({ refundedAmount: row.refundedAmount, fullyRefunded: row.refundedAmount >= row.total });
  });
}
