import { and, asc, eq, gt } from 'drizzle-orm';
import { decodeCursor, toPage, type Ctx } from '../../../platform/index.ts';
import { staff } from '../schema.ts';
import type { StaffView } from '../views.ts';
import { openStaff } from './personal.ts';

export async function listStaff(
  ctx: Ctx,
  page: { limit: number; cursor?: string | undefined },
): Promise<{ items: StaffView[]; nextCursor: string | null }> {
  const after = decodeCursor(page.cursor, ['id']);
  const rows = await ctx.db
    .select()
    .from(staff)
    .where(and(eq(staff.merchantId, ctx.merchantId), after ? gt(staff.id, after.id) : undefined))
    .orderBy(asc(staff.id))
    .limit(page.limit + 1);
  const result = toPage(rows, page.limit, (r) => ({ id: r.id }));
  const items: StaffView[] = [];
  for (const row of result.items) items.push(await openStaff(ctx, 'administration', row));
  return { items, nextCursor: result.nextCursor };
}
