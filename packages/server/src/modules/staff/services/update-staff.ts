import { and, eq, sql } from 'drizzle-orm';
import { fail, inTransaction, ok, type Ctx, type Result, type StaffRole } from '../../../platform/index.ts';
import { staff } from '../schema.ts';
import type { StaffView } from '../views.ts';
import { openStaff } from './personal.ts';
import { revokeStaffSessions } from './revoke-sessions.ts';

export interface UpdateStaffInput {
  role?: StaffRole | undefined;
  status?: 'active' | 'disabled' | undefined;
}

/**
 * Changes a staff member's role or status. A merchant always keeps one active owner, or nobody could
 * manage staff again; disabling someone ends their open sessions at once.
 */
export async function updateStaff(
  ctx: Ctx,
  staffId: string,
  input: UpdateStaffInput,
): Promise<Result<StaffView>> {
  return inTransaction(ctx, async (tx) => {
    // Staff changes of one merchant run one at a time. Row locks alone deadlock: two demotions each lock
    // their own row first and then wait for the other's while locking every owner.
    await tx.db.execute(sql`select pg_advisory_xact_lock(hashtext(${`staff:${ctx.merchantId}`}))`);
    const [current] = await tx.db
      .select()
      .from(staff)
      .where(and(eq(staff.merchantId, ctx.merchantId), eq(staff.id, staffId)))
      .for('update');
    if (!current) return fail('STAFF_NOT_FOUND');
    if (current.status === 'frozen' && input.status === 'active') return fail('STAFF_FROZEN');
    const role = input.role ?? current.role;
    const status = input.status ?? current.status;
    const wasActiveOwner = current.role === 'owner' && current.status === 'active';
    if (wasActiveOwner && (role !== 'owner' || status !== 'active')) {
      const owners = await tx.db
        .select({ id: staff.id })
        .from(staff)
        .where(and(eq(staff.merchantId, ctx.merchantId), eq(staff.role, 'owner'), eq(staff.status, 'active')))
        .for('update');
      if (owners.length <= 1) return fail('LAST_OWNER');
    }
    const [row] = await tx.db
      .update(staff)
      .set({ role, status, updatedAt: new Date() })
      .where(and(eq(staff.merchantId, ctx.merchantId), eq(staff.id, staffId)))
      .returning();
    if (!row) return fail('STAFF_NOT_FOUND');
    if (status === 'disabled' && current.status !== 'disabled') {
      await revokeStaffSessions(tx, staffId);
    }
    return ok(await openStaff(tx, 'administration', row));
  });
}
