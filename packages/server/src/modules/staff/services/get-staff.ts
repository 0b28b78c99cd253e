import { and, eq } from 'drizzle-orm';
import { fail, ok, type AccessPurpose, type Ctx, type Result } from '../../../platform/index.ts';
import { staff } from '../schema.ts';
import type { StaffView } from '../views.ts';
import { openStaff } from './personal.ts';

/** A staff member of ctx's merchant: their own profile ('self') or, for managers, 'administration'. */
export async function getStaff(
  ctx: Ctx,
  staffId: string,
  purpose: AccessPurpose = ctx.actor.kind === 'staff' && ctx.actor.staffId === staffId
    ? 'self'
    : 'administration',
): Promise<Result<StaffView>> {
  const [row] = await ctx.db
    .select()
    .from(staff)
    .where(and(eq(staff.merchantId, ctx.merchantId), eq(staff.id, staffId)));
  return row ? ok(await openStaff(ctx, purpose, row)) : fail('STAFF_NOT_FOUND');
}
