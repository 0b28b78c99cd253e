import { api } from '../../api/client.ts';
import { dataOf } from '../../api/problem.ts';
import type { AdminOrder } from '../../api/types.ts';

/**
 * Every order placed since `since`, page by page (the API has no report endpoint yet, so the dashboard adds
 * them up itself). Capped, so a busy shop's dashboard still loads; the cap is reported.
 */
export async function loadOrdersSince(
  since: Date,
  cap = 2_000,
): Promise<{ orders: AdminOrder[]; capped: boolean }> {
  const orders: AdminOrder[] = [];
  let cursor: string | null = null;
  do {
    const query: { limit: number; from: string; cursor?: string } = { limit: 100, from: since.toISOString() };
    if (cursor) query.cursor = cursor;
    const page: { items: AdminOrder[]; nextCursor: string | null } = dataOf(
      await api.GET('/api/admin/orders', { params: { query } }),
    );
    orders.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor && orders.length < cap);
  return { orders, capped: cursor !== null };
}
