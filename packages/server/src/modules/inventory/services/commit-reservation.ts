import { and, eq, sql } from 'drizzle-orm';
import { inTransaction, type Ctx } from '../../../platform/index.ts';
import { stockLevels, stockReservations } from '../schema.ts';
import { recordMovements } from './ledger.ts';
import { sortBySku, type StockLine } from './lines.ts';
import { stockRow } from './stock-queries.ts';

/**
 * Turns an order's held units into sold ones when it is paid: the units leave on_hand and reserved
 * together, so what is available does not change. Only active reservations change, so a duplicate
 * payment event commits nothing twice. An empty result after a release means the order was cancelled
 * before the money arrived: the caller should refund.
 */
export async function commitReservation(ctx: Ctx, orderId: string): Promise<{ committed: StockLine[] }> {
  return inTransaction(ctx, async (tx) => {
    const now = new Date();
    const rows = await tx.db
      .update(stockReservations)
      .set({ status: 'committed', committedAt: now, updatedAt: now })
      .where(
        and(
          eq(stockReservations.merchantId, tx.merchantId),
          eq(stockReservations.orderId, orderId),
          eq(stockReservations.status, 'active'),
        ),
      )
      .returning({ skuId: stockReservations.skuId, quantity: stockReservations.quantity });
    const committed = sortBySku(rows);
    for (const line of committed) {
      await tx.db
        .update(stockLevels)
        .set({
          onHand: sql`${stockLevels.onHand} - ${line.quantity}`,
          reserved: sql`${stockLevels.reserved} - ${line.quantity}`,
          updatedAt: now,
        })
        .where(stockRow(tx, line.skuId));
    }
    await recordMovements(
      tx,
      committed.map((l) => ({
        skuId: l.skuId,
        kind: 'commit',
        onHandDelta: -l.quantity,
        reservedDelta: -l.quantity,
        orderId,
      })),
    );
    return { committed };
  });
}
