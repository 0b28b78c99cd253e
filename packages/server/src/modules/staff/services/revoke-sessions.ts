import { and, eq, isNull } from 'drizzle-orm';
import type { Ctx } from '../../../platform/index.ts';
import { staffSessions } from '../schema.ts';

/** Ends every open session of a staff member of ctx's merchant (disabling, freezing). */
export async function revokeStaffSessions(ctx: Ctx, staffId: string): Promise<void> {
  await ctx.db
    .update(staffSessions)
    .set({ revokedAt: new Date() })
    .where(
      and(
        eq(staffSessions.merchantId, ctx.merchantId),
        eq(staffSessions.staffId, staffId),
        isNull(staffSessions.revokedAt),
      ),
    );
}
