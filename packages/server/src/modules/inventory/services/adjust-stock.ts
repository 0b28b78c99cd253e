import { and, sql } from 'drizzle-orm';
import { fail, inTransaction, ok, type Ctx, type Result } from '../../../platform/index.ts';
import { MAX_ON_HAND, MAX_REASON_LENGTH } from '../limits.ts';
import { stockLevels } from '../schema.ts';
import { toStockLevel, type StockLevel } from '../views.ts';
import { recordMovements } from './ledger.ts';
import { stockRow } from './stock-queries.ts';

/**
 * Adds or removes units (a delivery, breakage, a found box). Relative, unlike setStock, so two staff
 * booking deliveries at once both count. Removing below what is reserved is refused.
 */
export async function adjustStock(
  ctx: Ctx,
  skuId: string,
  delta: number,
  reason: string,
): Promise<Result<StockLevel>> {
  if (!Number.isInteger(delta) || delta === 0 || Math.abs(delta) > MAX_ON_HAND) {
    return fail('VALIDATION_FAILED', `delta must be a non-zero integer within ±${MAX_ON_HAND}`);
  }
  if (typeof reason !== 'string' || reason.trim().length === 0 || reason.length > MAX_REASON_LENGTH) {
    return fail('VALIDATION_FAILED', `reason must be 1-${MAX_REASON_LENGTH} characters`);
  }
  return inTransaction(ctx, async (tx) => {
    const now = new Date();
    const [row] =
      delta > 0
        ? await tx.db
            .insert(stockLevels)
            .values({ merchantId: tx.merchantId, skuId, onHand: delta, reserved: 0 })
            .onConflictDoUpdate({
              target: [stockLevels.merchantId, stockLevels.skuId],
              set: { onHand: sql`${stockLevels.onHand} + ${delta}`, updatedAt: now },
              setWhere: sql`${stockLevels.onHand} + ${delta} <= ${MAX_ON_HAND}`,
            })
            .returning()
        : await tx.db
            .update(stockLevels)
            .set({ onHand: sql`${stockLevels.onHand} + ${delta}`, updatedAt: now })
            .where(and(stockRow(tx, skuId), sql`${stockLevels.onHand} + ${delta} >= ${stockLevels.reserved}`))
            .returning();
    if (!row) {
      if (delta > 0) return fail('VALIDATION_FAILED', `on hand cannot exceed ${MAX_ON_HAND}`);
      const [current] = await tx.db.select().from(stockLevels).where(stockRow(tx, skuId));
      return fail('STOCK_BELOW_RESERVED', undefined, { skuId, reserved: current?.reserved ?? 0 });
    }
    await recordMovements(tx, [
      { skuId, kind: 'adjustment', onHandDelta: delta, reservedDelta: 0, reason: reason.trim() },
    ]);
    return ok(toStockLevel(row));
  });
}
