import { and, asc, desc, eq, gt, inArray, lt } from 'drizzle-orm';
import { decodeCursor, toPage, type Ctx } from '../../../../platform/index.ts';
import { privacyRequests, type PrivacyRequestRow } from '../tables.ts';
import { toAdminRequestView, type AdminPrivacyRequestView } from '../views.ts';

/** A shopper's own requests, newest first (a person makes a handful in a lifetime: no paging). */
export async function listOwnRequests(ctx: Ctx, subjectId: string): Promise<PrivacyRequestRow[]> {
  return ctx.db
    .select()
    .from(privacyRequests)
    .where(and(eq(privacyRequests.merchantId, ctx.merchantId), eq(privacyRequests.subjectId, subjectId)))
    .orderBy(desc(privacyRequests.id))
    .limit(100);
}

export interface ListRequestsInput {
  /** open: received or in progress, the most urgent (oldest, so due soonest) first; closed: newest first. */
  status: 'open' | 'closed';
  limit: number;
  cursor?: string | undefined;
}

/** The merchant's requests for the console. Ids are time-ordered, so id order is due-date order. */
export async function listRequests(
  ctx: Ctx,
  input: ListRequestsInput,
  now: Date = new Date(),
): Promise<{ items: AdminPrivacyRequestView[]; nextCursor: string | null }> {
  const after = decodeCursor(input.cursor, ['id']);
  const open = input.status === 'open';
  const rows = await ctx.db
    .select()
    .from(privacyRequests)
    .where(
      and(
        eq(privacyRequests.merchantId, ctx.merchantId),
        inArray(privacyRequests.state, open ? ['received', 'in_progress'] : ['completed', 'rejected']),
        after ? (open ? gt(privacyRequests.id, after.id) : lt(privacyRequests.id, after.id)) : undefined,
      ),
    )
    .orderBy(open ? asc(privacyRequests.id) : desc(privacyRequests.id))
    .limit(input.limit + 1);
  const page = toPage(rows, input.limit, (r) => ({ id: r.id }));
  return { items: page.items.map((r) => toAdminRequestView(r, now)), nextCursor: page.nextCursor };
}
