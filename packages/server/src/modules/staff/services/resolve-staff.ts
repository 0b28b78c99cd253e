import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Db, StaffRole } from '../../../platform/index.ts';
import { hashSessionToken } from '../credentials.ts';
import { staff, staffSessions } from '../schema.ts';

/**
 * The staff member behind a bearer token, or undefined when the token is unknown, expired, revoked or
 * belongs to a disabled account. The role is read live, so a role change applies to open sessions.
 */
export async function resolveStaff(
  db: Db,
  token: string,
): Promise<{ staffId: string; sessionId: string; merchantId: string; role: StaffRole } | undefined> {
  const [row] = await db
    .select({
      staffId: staff.id,
      sessionId: staffSessions.id,
      merchantId: staffSessions.merchantId,
      role: staff.role,
    })
    .from(staffSessions)
    .innerJoin(
      staff,
      and(eq(staff.id, staffSessions.staffId), eq(staff.merchantId, staffSessions.merchantId)),
    )
    .where(
      and(
        eq(staffSessions.tokenHash, hashSessionToken(token)),
        isNull(staffSessions.revokedAt),
        gt(staffSessions.expiresAt, new Date()),
        eq(staff.status, 'active'),
      ),
    );
  return row;
}
