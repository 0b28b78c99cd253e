import { and, eq, sql } from 'drizzle-orm';
import { fail, ok, type Ctx, type Result } from '../../../platform/index.ts';
import { stockLevels, stockReservations } from '../schema.ts';
import { allOrNothing } from './all-or-nothing.ts';
import { recordMovements } from './ledger.ts';
import { normaliseLines, type StockLine } from './lines.ts';
import { stockRow } from './stock-queries.ts';

export interface ReturnStockInput {
  orderId: string;
  /** Per SKU, how many of the order's units have come back in total (not an increment). */
  lines: StockLine[];
}

/**
 * Puts sold units back on hand after a refund or return. Each line states the total returned so far
 * for that order and SKU, and only the increase over what was already recorded moves stock: repeating
 * a call (a retried refund, a duplicate event) changes nothing. All lines or none.
 */
export async function returnStock(
  ctx: Ctx,
  input: ReturnStockInput,
): Promise<Result<{ returned: StockLine[] }>> {
  const lines = normaliseLines(input.orderId, input.lines);
  if (!lines.ok) return lines;
  return allOrNothing(ctx, async (tx) => {
    const returned: StockLine[] = [];
    for (const line of lines.value) {
      const [held] = await tx.db
        .select()
        .from(stockReservations)
        .where(
          and(
            eq(stockReservations.merchantId, tx.merchantId),
            eq(stockReservations.orderId, input.orderId),
            eq(stockReservations.skuId, line.skuId),
          ),
        )
        .for('update');
      const sold = held?.status === 'committed' ? held.quantity : 0;
      if (!held || line.quantity > sold)
        return fail('RETURN_EXCEEDS_SOLD', undefined, { skuId: line.skuId, sold });
      const increase = line.quantity - held.returnedQuantity;
      if (increase <= 0) continue;
      const now = new Date();
      await tx.db
        .update(stockReservations)
        .set({ returnedQuantity: line.quantity, updatedAt: now })
        .where(eq(stockReservations.id, held.id));
      await tx.db
        .update(stockLevels)
        .set({ onHand: sql`${stockLevels.onHand} + ${increase}`, updatedAt: now })
        .where(stockRow(tx, line.skuId));
      returned.push({ skuId: line.skuId, quantity: increase });
    }
    await recordMovements(
      tx,
      returned.map((l) => ({
        skuId: l.skuId,
        kind: 'return',
        onHandDelta: l.quantity,
        reservedDelta: 0,
        orderId: input.orderId,
      })),
    );
    return ok({ returned });
  });
}
