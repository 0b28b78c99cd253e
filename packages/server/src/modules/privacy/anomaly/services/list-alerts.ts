import { and, desc, eq, lt } from 'drizzle-orm';
import { decodeCursor, toPage, type Ctx } from '../../../../platform/index.ts';
import { privacyAlerts } from '../tables.ts';
import { toAlertView, type AlertView } from '../views.ts';

/** The merchant's alerts, newest first (ids are time-ordered). */
export async function listAlerts(
  ctx: Ctx,
  query: { status?: 'open' | 'resolved' | undefined; limit: number; cursor?: string | undefined },
): Promise<{ items: AlertView[]; nextCursor: string | null }> {
  const before = decodeCursor(query.cursor, ['id']);
  const rows = await ctx.db
    .select()
    .from(privacyAlerts)
    .where(
      and(
        eq(privacyAlerts.merchantId, ctx.merchantId),
        query.status ? eq(privacyAlerts.status, query.status) : undefined,
        before ? lt(privacyAlerts.id, before.id) : undefined,
      ),
    )
    .orderBy(desc(privacyAlerts.id))
    .limit(query.limit + 1);
  const page = toPage(rows, query.limit, (r) => ({ id: r.id }));
  return { items: page.items.map(toAlertView), nextCursor: page.nextCursor };
}
