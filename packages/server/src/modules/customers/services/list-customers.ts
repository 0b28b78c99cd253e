import { and, desc, eq, lt } from 'drizzle-orm';
import { decodeCursor, toPage, type Ctx } from '../../../platform/index.ts';
import { customers } from '../schema.ts';
import { toCustomerView, type CustomerView } from '../views.ts';
import { maskEmail, maskPhone } from './mask-contact.ts';

/** The merchant's customers, newest first; contact details masked unless the staff member is an owner. */
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
  const unmasked = ctx.actor.kind === 'staff' && ctx.actor.role === 'owner';
  const items = result.items.map((row) => {
    const view = toCustomerView(row);
    if (unmasked) return view;
    return {
      ...view,
      email: maskEmail(view.email),
      phone: view.phone === null ? null : maskPhone(view.phone),
    };
  });
  return { items, nextCursor: result.nextCursor };
}
