import { and, eq, inArray } from 'drizzle-orm';
import type { Ctx } from '../../../platform/index.ts';
import { stockLevels } from '../schema.ts';
import { toStockLevel, type StockLevel } from '../views.ts';

/** Stock per requested SKU, in the order asked; a SKU never stocked reads as zero rather than missing. */
export async function getStockLevels(ctx: Ctx, skuIds: readonly string[]): Promise<StockLevel[]> {
  const unique = [...new Set(skuIds)];
  if (unique.length === 0) return [];
  const rows = await ctx.db
    .select()
    .from(stockLevels)
    .where(and(eq(stockLevels.merchantId, ctx.merchantId), inArray(stockLevels.skuId, unique)));
  const bySku = new Map(rows.map((r) => [r.skuId, r]));
  return unique.map((skuId) => toStockLevel(bySku.get(skuId) ?? { skuId, onHand: 0, reserved: 0 }));
}

/** Units that can still be sold, per SKU: what the store shows and what checkout checks first. */
export async function getAvailability(ctx: Ctx, skuIds: readonly string[]): Promise<Map<string, number>> {
  const levels = await getStockLevels(ctx, skuIds);
  return new Map(levels.map((l) => [l.skuId, l.available]));
}
