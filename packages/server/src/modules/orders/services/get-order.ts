import { and, asc, eq, inArray } from 'drizzle-orm';
import { fail, ok, type Ctx, type Result } from '../../../platform/index.ts';
import { orderItems, orders, orderTransitions, type OrderItemRow } from '../schema.ts';
import { toDetailView, toItemView, type OrderDetailView, type OrderItemView } from '../views.ts';
import type { OrderStatus } from '../state-machine.ts';
import { openOrderAddress } from './personal.ts';
import { orderScope } from './scope.ts';

/**
 * The order with its items and timeline, if the caller may see it. With `lock`, the row stays locked
 * until the caller's transaction ends, so a workflow can check the status and act on it safely.
 */
export async function getOrder(
  ctx: Ctx,
  orderId: string,
  options: { lock?: boolean } = {},
): Promise<Result<OrderDetailView>> {
  const query = ctx.db
    .select()
    .from(orders)
    .where(and(orderScope(ctx), eq(orders.id, orderId)));
  const [row] = options.lock ? await query.for('update') : await query;
  if (!row) return fail('ORDER_NOT_FOUND');
  const items = await itemsOf(ctx, [row.id]);
  const transitions = await ctx.db
    .select()
    .from(orderTransitions)
    .where(and(eq(orderTransitions.merchantId, ctx.merchantId), eq(orderTransitions.orderId, row.id)))
    .orderBy(asc(orderTransitions.id));
  return ok(toDetailView(row, items.get(row.id) ?? [], transitions, await openOrderAddress(ctx, row)));
}

export async function itemsOf(ctx: Ctx, orderIds: string[]): Promise<Map<string, OrderItemRow[]>> {
  const byOrder = new Map<string, OrderItemRow[]>();
  if (orderIds.length === 0) return byOrder;
  const rows = await ctx.db
    .select()
    .from(orderItems)
    .where(and(eq(orderItems.merchantId, ctx.merchantId), inArray(orderItems.orderId, orderIds)))
    .orderBy(asc(orderItems.id));
  for (const row of rows) byOrder.set(row.orderId, [...(byOrder.get(row.orderId) ?? []), row]);
  return byOrder;
}

/**
 * What an order bought, without opening its delivery address: for modules that react to an order (a
 * purchase history, a coupon's scope) and have no business reading the recipient, which would be an
 * audited personal-data read for nothing.
 */
export async function getOrderLines(
  ctx: Ctx,
  orderId: string,
): Promise<Result<{ status: OrderStatus; items: OrderItemView[] }>> {
  const [row] = await ctx.db
    .select({ id: orders.id, status: orders.status })
    .from(orders)
    .where(and(orderScope(ctx), eq(orders.id, orderId)));
  if (!row) return fail('ORDER_NOT_FOUND');
  return ok({
    status: row.status,
    items: ((await itemsOf(ctx, [row.id])).get(row.id) ?? []).map(toItemView),
  });
}
