import { and, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import { decodeCursor, toPage, type Ctx } from '../../../platform/index.ts';
import { orders } from '../schema.ts';
import type { OrderStatus } from '../state-machine.ts';
import { toOrderView, type OrderView } from '../views.ts';
import { itemsOf } from './get-order.ts';
import { openOrderAddress } from './personal.ts';
import { orderScope } from './scope.ts';

export interface ListOrdersInput {
  status?: OrderStatus | undefined;
  customerId?: string | undefined;
  /** Placed at or after. */
  from?: Date | undefined;
  /** Placed before. */
  to?: Date | undefined;
  limit?: number | undefined;
  cursor?: string | undefined;
}

/**
 * Newest first; the cursor is the last order's id (ULIDs sort by time). Staff see addresses masked in
 * lists (many people at once); the order's own page shows what their role may see.
 */
export async function listOrders(
  ctx: Ctx,
  input: ListOrdersInput,
): Promise<{ items: OrderView[]; nextCursor: string | null }> {
  const limit = input.limit ?? 20;
  const after = decodeCursor(input.cursor, ['id'] as const);
  const filters: (SQL | undefined)[] = [
    orderScope(ctx),
    input.status ? eq(orders.status, input.status) : undefined,
    input.customerId ? eq(orders.customerId, input.customerId) : undefined,
    input.from ? gte(orders.createdAt, input.from) : undefined,
    input.to ? lt(orders.createdAt, input.to) : undefined,
    after ? lt(orders.id, after.id) : undefined,
  ];
  const rows = await ctx.db
    .select()
    .from(orders)
    .where(and(...filters))
    .orderBy(desc(orders.id))
    .limit(limit + 1);
  const page = toPage(rows, limit, (row) => ({ id: row.id }));
  const items = await itemsOf(
    ctx,
    page.items.map((o) => o.id),
  );
  const masked = ctx.actor.kind === 'staff';
  const views: OrderView[] = [];
  for (const o of page.items) {
    views.push(toOrderView(o, items.get(o.id) ?? [], await openOrderAddress(ctx, o, { masked })));
  }
  return { items: views, nextCursor: page.nextCursor };
}
