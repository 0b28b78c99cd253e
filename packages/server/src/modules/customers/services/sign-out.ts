import { and, eq, isNull } from 'drizzle-orm';
import type { Ctx } from '../../../platform/index.ts';
import { customerSessions } from '../schema.ts';

/** Ends the session the request was made with; its token stops working at once. */
export async function signOut(ctx: Ctx): Promise<void> {
  if (ctx.actor.kind !== 'shopper') return;
  await ctx.db
    .update(customerSessions)
    .set({ revokedAt: new Date() })
    .where(
      and(
        eq(customerSessions.merchantId, ctx.merchantId),
        eq(customerSessions.id, ctx.actor.sessionId),
        isNull(customerSessions.revokedAt),
      ),
    );
}
