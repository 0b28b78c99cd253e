import { and, desc, eq, lt } from 'drizzle-orm';
import { decodeCursor, toPage, type Ctx } from '../../../platform/index.ts';
import { stockMovements } from '../schema.ts';
import { toStockMovement, type StockMovement } from '../views.ts';

/** A SKU's ledger, newest first (ids are ULIDs, so the id is the time order). */
export async function listStockMovements(
  ctx: Ctx,
  skuId: string,
  page: { limit: number; cursor?: string | undefined },
): Promise<{ items: StockMovement[]; nextCursor: string | null }> {
  const after = decodeCursor(page.cursor, ['id']);
  const rows = await ctx.db
    .select()
    .from(stockMovements)
    .where(
      and(
        eq(stockMovements.merchantId, ctx.merchantId),
        eq(stockMovements.skuId, skuId),
        after ? lt(stockMovements.id, after.id) : undefined,
      ),
    )
    .orderBy(desc(stockMovements.id))
    .limit(page.limit + 1);
  const result = toPage(rows, page.limit, (r) => ({ id: r.id }));
  return { items: result.items.map(toStockMovement), nextCursor: result.nextCursor };
}
