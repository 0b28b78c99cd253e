import { and, eq } from 'drizzle-orm';
import { fail, newId, ok, type Ctx, type Result } from '../../../platform/index.ts';
import { hashSessionToken, newSessionToken } from '../credentials.ts';
import { staff, staffSessions } from '../schema.ts';
import { STAFF_SESSION_TTL_MS } from './sign-in-staff.ts';

/**
 * Opens a session for a staff member of ctx's merchant who proved who they are without a password (a
 * passkey). Only active accounts get one: disabled and frozen staff are refused here as at password
 * sign-in.
 */
export async function openStaffSession(ctx: Ctx, staffId: string): Promise<Result<{ token: string }>> {
  const [row] = await ctx.db
    .select({ status: staff.status })
    .from(staff)
    .where(and(eq(staff.merchantId, ctx.merchantId), eq(staff.id, staffId)));
  if (row?.status !== 'active') return fail('INVALID_CREDENTIALS');
  const token = newSessionToken();
  await ctx.db.insert(staffSessions).values({
    id: newId('ses'),
    merchantId: ctx.merchantId,
    staffId,
    tokenHash: hashSessionToken(token),
    expiresAt: new Date(Date.now() + STAFF_SESSION_TTL_MS),
  });
  return ok({ token });
}
