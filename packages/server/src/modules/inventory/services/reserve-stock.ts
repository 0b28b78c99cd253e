import { and, eq, sql } from 'drizzle-orm';
import { fail, newId, ok, type Ctx, type Result } from '../../../platform/index.ts';
import { stockLevels, stockReservations } from '../schema.ts';
import { allOrNothing } from './all-or-nothing.ts';
import { recordMovements } from './ledger.ts';
import { normaliseLines, type StockLine } from './lines.ts';
import { availableOf, stockRow } from './stock-queries.ts';

export interface ReserveStockInput {
  orderId: string;
  lines: StockLine[];
}

/**
 * Holds stock for an order, all lines or none. Each line is one conditional UPDATE, so the database
 * decides under its row lock whether the units are still there: concurrent checkouts cannot oversell
 * (PostgreSQL re-checks the WHERE after waiting for the lock). Repeats of a SKU are merged.
 *
 * Calling it again for an order that already holds a SKU reserves nothing more for that SKU and returns
 * the same reservation id, so a retried workflow step is harmless.
 */
export async function reserveStock(
  ctx: Ctx,
  input: ReserveStockInput,
): Promise<Result<{ reservationIds: string[] }>> {
  const lines = normaliseLines(input.orderId, input.lines);
  if (!lines.ok) return lines;
  return allOrNothing(ctx, async (tx) => {
    const reservationIds: string[] = [];
    for (const line of lines.value) {
      const held = await holdLine(tx, input.orderId, line);
      if (!held.ok) return held;
      reservationIds.push(held.value);
    }
    return ok({ reservationIds });
  });
}

async function holdLine(ctx: Ctx, orderId: string, line: StockLine): Promise<Result<string>> {
  const claimed = await claimReservationRow(ctx, orderId, line);
  if (claimed.alreadyHeld) return ok(claimed.id);
  const taken = await ctx.db
    .update(stockLevels)
    .set({ reserved: sql`${stockLevels.reserved} + ${line.quantity}`, updatedAt: new Date() })
    .where(
      and(
        stockRow(ctx, line.skuId),
        sql`${stockLevels.onHand} - ${stockLevels.reserved} >= ${line.quantity}`,
      ),
    )
    .returning({ skuId: stockLevels.skuId });
  if (taken.length === 0) {
    return fail('OUT_OF_STOCK', undefined, {
      skuId: line.skuId,
      available: await availableOf(ctx, line.skuId),
    });
  }
  await recordMovements(ctx, [
    { skuId: line.skuId, kind: 'reservation', onHandDelta: 0, reservedDelta: line.quantity, orderId },
  ]);
  return ok(claimed.id);
}

/**
 * Inserts the order's row for this SKU first: a concurrent duplicate call waits on the unique index
 * and then finds the row, instead of reserving the units a second time.
 */
async function claimReservationRow(
  ctx: Ctx,
  orderId: string,
  line: StockLine,
): Promise<{ id: string; alreadyHeld: boolean }> {
  const [inserted] = await ctx.db
    .insert(stockReservations)
    .values({
      id: newId('res'),
      merchantId: ctx.merchantId,
      orderId,
      skuId: line.skuId,
      quantity: line.quantity,
      status: 'active',
    })
    .onConflictDoNothing()
    .returning({ id: stockReservations.id });
  if (inserted) return { id: inserted.id, alreadyHeld: false };
  const where = and(
    eq(stockReservations.merchantId, ctx.merchantId),
    eq(stockReservations.orderId, orderId),
    eq(stockReservations.skuId, line.skuId),
  );
  const [existing] = await ctx.db.select().from(stockReservations).where(where).for('update');
  if (!existing) throw new Error('reservation row vanished while locked');
  if (existing.status !== 'released') return { id: existing.id, alreadyHeld: true };
  // A released hold (say, a cancelled payment attempt) is taken up again with the new quantity.
  await ctx.db
    .update(stockReservations)
    .set({ status: 'active', quantity: line.quantity, releasedAt: null, updatedAt: new Date() })
    .where(eq(stockReservations.id, existing.id));
  return { id: existing.id, alreadyHeld: false };
}
