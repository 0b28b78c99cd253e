import { and, eq } from 'drizzle-orm';
import { fail, ok, type Ctx, type Result } from '../../../platform/index.ts';
import { staff } from '../schema.ts';
import { toStaffView, type StaffView } from '../views.ts';

export async function getStaff(ctx: Ctx, staffId: string): Promise<Result<StaffView>> {
  const [row] = await ctx.db
    .select()
    .from(staff)
    .where(and(eq(staff.merchantId, ctx.merchantId), eq(staff.id, staffId)));
  return row ? ok(toStaffView(row)) : fail('STAFF_NOT_FOUND');
}
