import { and, desc, eq, lt } from 'drizzle-orm';
import { decodeCursor, toPage, type Ctx } from '../../../platform/index.ts';
import { customers } from '../schema.ts';
import type { CustomerView } from '../views.ts';
import { openCustomer } from './personal.ts';

/**
 * The merchant's customers, newest first, always masked: a list shows many people at once, so clear
 * contact details come only from one customer's page (getCustomer), one audited read at a time.
 */
export async function listCustomers(
  ctx: Ctx,
  page: { limit: number; cursor?: string | undefined },
): Promise<{ items: CustomerView[]; nextCursor: string | null }> {
  const before = decodeCursor(page.cursor, ['id']);
  const rows = await ctx.db
    .select()
    .from(customers)
    .where(and(eq(customers.merchantId, ctx.merchantId), before ? lt(customers.id, before.id) : undefined))
    .orderBy(desc(customers.id))
    .limit(page.limit + 1);
  const result = toPage(rows, page.limit, (r) => ({ id: r.id }));
  const items: CustomerView[] = [];
  for (const row of result.items)
    items.push(await openCustomer(ctx, 'customer_service', row, { masked: true }));
  return { items, nextCursor: result.nextCursor };
}
