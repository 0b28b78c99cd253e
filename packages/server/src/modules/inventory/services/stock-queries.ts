import { and, eq, sql } from 'drizzle-orm';
import type { Ctx } from '../../../platform/index.ts';
import { stockLevels } from '../schema.ts';

/** Units of a SKU that can still be sold; 0 for a SKU never stocked. */
export async function availableOf(ctx: Ctx, skuId: string): Promise<number> {
  const [row] = await ctx.db
    .select({ available: sql<number>`${stockLevels.onHand} - ${stockLevels.reserved}` })
    .from(stockLevels)
    .where(and(eq(stockLevels.merchantId, ctx.merchantId), eq(stockLevels.skuId, skuId)));
  return Number(row?.available ?? 0);
}

export function stockRow(ctx: Ctx, skuId: string) {
  return and(eq(stockLevels.merchantId, ctx.merchantId), eq(stockLevels.skuId, skuId));
}
