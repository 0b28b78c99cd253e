import { and, eq, gte, lt, sql } from 'drizzle-orm';
import type { Ctx } from '../../../platform/index.ts';
import { orders } from '../schema.ts';

export interface OrderCounts {
  /** Orders placed in the range, and the distinct shoppers who placed them. */
  placed: { orders: number; shoppers: number };
  /** Orders whose payment was captured in the range, and their distinct shoppers. */
  paid: { orders: number; shoppers: number };
}

/** For the analytics funnel: order and shopper counts in [from, to), nothing about any one order. */
export async function countOrders(ctx: Ctx, range: { from: Date; to: Date }): Promise<OrderCounts> {
  const count = async (column: typeof orders.createdAt | typeof orders.paidAt) => {
    const [row] = await ctx.db
      .select({
        orders: sql<number>`count(*)::int`,
        shoppers: sql<number>`count(distinct ${orders.customerId})::int`,
      })
      .from(orders)
      .where(and(eq(orders.merchantId, ctx.merchantId), gte(column, range.from), lt(column, range.to)));
    return { orders: Number(row?.orders ?? 0), shoppers: Number(row?.shoppers ?? 0) };
  };
  return { placed: await count(orders.createdAt), paid: await count(orders.paidAt) };
}
