import { fail, inTransaction, ok, type Ctx, type Result } from '../../../platform/index.ts';
import { MAX_ON_HAND } from '../limits.ts';
import { stockLevels } from '../schema.ts';
import { toStockLevel, type StockLevel } from '../views.ts';
import { recordMovements } from './ledger.ts';
import { stockRow } from './stock-queries.ts';

/** Sets a SKU's on-hand count after a stock take; never below what open orders hold. */
export async function setStock(ctx: Ctx, skuId: string, onHand: number): Promise<Result<StockLevel>> {
  if (!Number.isInteger(onHand) || onHand < 0 || onHand > MAX_ON_HAND) {
    return fail('VALIDATION_FAILED', `onHand must be an integer from 0 to ${MAX_ON_HAND}`);
  }
  return inTransaction(ctx, async (tx) => {
    const [created] = await tx.db
      .insert(stockLevels)
      .values({ merchantId: tx.merchantId, skuId, onHand, reserved: 0 })
      .onConflictDoNothing()
      .returning();
    if (created) {
      await recordMovements(tx, onHand === 0 ? [] : [stocktake(skuId, onHand)]);
      return ok(toStockLevel(created));
    }
    const [current] = await tx.db.select().from(stockLevels).where(stockRow(tx, skuId)).for('update');
    if (!current) throw new Error('stock row vanished while locked');
    if (onHand < current.reserved) {
      return fail('STOCK_BELOW_RESERVED', undefined, { skuId, reserved: current.reserved });
    }
    const [updated] = await tx.db
      .update(stockLevels)
      .set({ onHand, updatedAt: new Date() })
      .where(stockRow(tx, skuId))
      .returning();
    if (!updated) throw new Error('stock row vanished while locked');
    const delta = onHand - current.onHand;
    await recordMovements(tx, delta === 0 ? [] : [stocktake(skuId, delta)]);
    return ok(toStockLevel(updated));
  });
}

function stocktake(skuId: string, delta: number) {
  return { skuId, kind: 'adjustment' as const, onHandDelta: delta, reservedDelta: 0, reason: 'stocktake' };
}
