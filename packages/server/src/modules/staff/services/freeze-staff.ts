import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../../../platform/index.ts';
import { staff } from '../schema.ts';
import { revokeStaffSessions } from './revoke-sessions.ts';

/**
 * Freezes an active account and ends every session it has, so the next request with any of its tokens is
 * refused. Run on 'privacy.staff_frozen' (delivered at least once): freezing twice changes nothing, and a
 * disabled account stays disabled. Returns whether the account was frozen now.
 */
export async function freezeStaff(ctx: Ctx, staffId: string): Promise<boolean> {
  const frozen = await ctx.db
    .update(staff)
    .set({ status: 'frozen', updatedAt: new Date() })
    .where(and(eq(staff.merchantId, ctx.merchantId), eq(staff.id, staffId), eq(staff.status, 'active')))
    .returning({ id: staff.id });
  // Sessions are revoked even when the account was already frozen: a replayed event must not leave one open.
  await revokeStaffSessions(ctx, staffId);
  return frozen.length > 0;
}
