import { and, eq, sql } from 'drizzle-orm';
import {
  fail,
  newId,
  ok,
  placeholderAs,
  preparedStatement,
  type Ctx,
  type Result,
} from '../../../platform/index.ts';
import { stockLevels, stockMovements, stockReservations } from '../schema.ts';
import { allOrNothing, type AllOrNothingOptions } from './all-or-nothing.ts';
import { ledgerActorOf, recordMovements } from './ledger.ts';
import { normaliseLines, type StockLine } from './lines.ts';
import { availableOf } from './stock-queries.ts';

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
  options: AllOrNothingOptions = {},
): Promise<Result<{ reservationIds: string[] }>> {
  const lines = normaliseLines(input.orderId, input.lines);
  if (!lines.ok) return lines;
  return allOrNothing(
    ctx,
    async (tx) => {
      // Two phases. Everything that touches no shared row first: the order's reservation rows and its
      // ledger lines. Then the stock rows, in SKU order: from the first UPDATE on, every other checkout of
      // that SKU queues on its row lock until this transaction commits, so nothing else runs in between.
      // A refusal in the second phase rolls the first back with it.
      const reservationIds: string[] = [];
      const toTake: StockLine[] = [];
      const retaken: StockLine[] = [];
      for (const line of lines.value) {
        const claimed = await claimReservationRow(tx, input.orderId, line);
        reservationIds.push(claimed.id);
        if (claimed.outcome !== 'held') toTake.push(line);
        if (claimed.outcome === 'retaken') retaken.push(line);
      }
      // A new row got its ledger line in the statement that inserted it; a re-taken one gets it here.
      await recordMovements(
        tx,
        retaken.map((line) => ({
          skuId: line.skuId,
          kind: 'reservation' as const,
          onHandDelta: 0,
          reservedDelta: line.quantity,
          orderId: input.orderId,
        })),
      );
      for (const line of toTake) {
        const taken = await takeUnits(tx, line);
        if (!taken.ok) return taken;
      }
      return ok({ reservationIds });
    },
    options,
  );
}

/** The conditional UPDATE: PostgreSQL re-checks the WHERE after waiting for the row lock. */
async function takeUnits(ctx: Ctx, line: StockLine): Promise<Result<true>> {
  const taken = await takeUnitsStatement(ctx.db, {
    merchantId: ctx.merchantId,
    skuId: line.skuId,
    quantity: line.quantity,
    now: new Date(),
  });
  if (taken.length > 0) return ok(true);
  return fail('OUT_OF_STOCK', undefined, {
    skuId: line.skuId,
    available: await availableOf(ctx, line.skuId),
  });
}

/**
 * Inserts the order's row for this SKU first: a concurrent duplicate call waits on the unique index
 * and then finds the row, instead of reserving the units a second time.
 */
async function claimReservationRow(
  ctx: Ctx,
  orderId: string,
  line: StockLine,
): Promise<{ id: string; outcome: 'new' | 'held' | 'retaken' }> {
  const [inserted] = await claimStatement(ctx.db, {
    id: newId('res'),
    merchantId: ctx.merchantId,
    orderId,
    skuId: line.skuId,
    quantity: line.quantity,
    movementId: newId('smv'),
    actor: ledgerActorOf(ctx),
  });
  if (inserted) return { id: inserted.id, outcome: 'new' };
  const where = and(
    eq(stockReservations.merchantId, ctx.merchantId),
    eq(stockReservations.orderId, orderId),
    eq(stockReservations.skuId, line.skuId),
  );
  const [existing] = await ctx.db.select().from(stockReservations).where(where).for('update');
  if (!existing) throw new Error('reservation row vanished while locked');
  if (existing.status !== 'released') return { id: existing.id, outcome: 'held' };
  // A released hold (say, a cancelled payment attempt) is taken up again with the new quantity.
  await ctx.db
    .update(stockReservations)
    .set({ status: 'active', quantity: line.quantity, releasedAt: null, updatedAt: new Date() })
    .where(eq(stockReservations.id, existing.id));
  return { id: existing.id, outcome: 'retaken' };
}

/**
 * Every checkout runs these two, prepared once (see preparedStatement). The claim inserts the order's
 * reservation row and, only when it was new, its ledger line, in one statement.
 */
const claimStatement = preparedStatement('inventory_claim_reservation', (db) => {
  const p = (name: string) => sql.placeholder(name);
  const claimed = db.$with('claimed').as(
    db
      .insert(stockReservations)
      .values({
        id: p('id'),
        merchantId: p('merchantId'),
        orderId: p('orderId'),
        skuId: p('skuId'),
        quantity: p('quantity'),
        status: 'active',
      })
      .onConflictDoNothing()
      .returning({ id: stockReservations.id }),
  );
  const ledgerLine = db.$with('ledger_line', { id: sql<string>`id` }).as(
    sql`insert into ${stockMovements} (id, merchant_id, sku_id, kind, on_hand_delta, reserved_delta, order_id, actor)
        select ${p('movementId')}::text, ${p('merchantId')}::text, ${p('skuId')}::text, 'reservation', 0,
               ${p('quantity')}::integer, ${p('orderId')}::text, ${p('actor')}::text
        from claimed returning id`,
  );
  return db.with(claimed, ledgerLine).select({ id: claimed.id }).from(claimed);
});

const takeUnitsStatement = preparedStatement('inventory_take_units', (db) => {
  const quantity = sql`${sql.placeholder('quantity')}::integer`;
  return db
    .update(stockLevels)
    .set({
      reserved: sql`${stockLevels.reserved} + ${quantity}`,
      updatedAt: placeholderAs('now', stockLevels.updatedAt),
    })
    .where(
      and(
        eq(stockLevels.merchantId, sql.placeholder('merchantId')),
        eq(stockLevels.skuId, sql.placeholder('skuId')),
        sql`${stockLevels.onHand} - ${stockLevels.reserved} >= ${quantity}`,
      ),
    )
    .returning({ skuId: stockLevels.skuId });
});
