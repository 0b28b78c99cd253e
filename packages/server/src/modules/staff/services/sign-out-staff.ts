import { and, eq, isNull } from 'drizzle-orm';
import type { Ctx } from '../../../platform/index.ts';
import { staffSessions } from '../schema.ts';

/** Ends the session the request was made with. */
export async function signOutStaff(ctx: Ctx): Promise<void> {
  if (ctx.actor.kind !== 'staff') return;
  await ctx.db
    .update(staffSessions)
    .set({ revokedAt: new Date() })
    .where(
      and(
        eq(staffSessions.merchantId, ctx.merchantId),
        eq(staffSessions.id, ctx.actor.sessionId),
        isNull(staffSessions.revokedAt),
      ),
    );
}
