import { and, eq, sql } from 'drizzle-orm';
import { inTransaction, type Ctx } from '../../../platform/index.ts';
import { stockLevels, stockReservations } from '../schema.ts';
import { recordMovements } from './ledger.ts';
import { sortBySku, type StockLine } from './lines.ts';
import { stockRow } from './stock-queries.ts';

/**
 * Gives an order's held units back (cancelled or expired order). Only active reservations change, so
 * calling it twice, or after the order was paid, does nothing. Returns what was released.
 */
export async function releaseReservation(ctx: Ctx, orderId: string): Promise<{ released: StockLine[] }> {
  return inTransaction(ctx, async (tx) => {
    const now = new Date();
    // The status filter makes a concurrent second call wait on the row lock, then match nothing.
    const rows = await tx.db
      .update(stockReservations)
      .set({ status: 'released', releasedAt: now, updatedAt: now })
      .where(
        and(
          eq(stockReservations.merchantId, tx.merchantId),
          eq(stockReservations.orderId, orderId),
          eq(stockReservations.status, 'active'),
        ),
      )
      .returning({ skuId: stockReservations.skuId, quantity: stockReservations.quantity });
    const released = sortBySku(rows);
    for (const line of released) {
      await tx.db
        .update(stockLevels)
        .set({ reserved: sql`${stockLevels.reserved} - ${line.quantity}`, updatedAt: now })
        .where(stockRow(tx, line.skuId));
    }
    await recordMovements(
      tx,
      released.map((l) => ({
        skuId: l.skuId,
        kind: 'release',
        onHandDelta: 0,
        reservedDelta: -l.quantity,
        orderId,
      })),
    );
    return { released };
  });
}
