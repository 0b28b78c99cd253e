import { eq } from 'drizzle-orm';
import { fail, newId, ok, type Ctx, type Result, type StaffRole } from '../../../platform/index.ts';
import { hashPassword, MIN_PASSWORD_LENGTH, normaliseEmail } from '../credentials.ts';
import { merchants, staff } from '../schema.ts';
import { toStaffView, type StaffView } from '../views.ts';

export interface CreateStaffInput {
  email: string;
  displayName: string;
  role: StaffRole;
  password: string;
}

/** Adds a staff member to ctx's merchant (the route checks 'staff:manage'; the seed calls it as system). */
export async function createStaff(ctx: Ctx, input: CreateStaffInput): Promise<Result<StaffView>> {
  if (input.password.length < MIN_PASSWORD_LENGTH) {
    return fail('WEAK_PASSWORD', `Use at least ${MIN_PASSWORD_LENGTH} characters`);
  }
  const [merchant] = await ctx.db
    .select({ id: merchants.merchantId })
    .from(merchants)
    .where(eq(merchants.merchantId, ctx.merchantId));
  if (!merchant) return fail('MERCHANT_NOT_FOUND');
  const passwordHash = await hashPassword(input.password);
  const [row] = await ctx.db
    .insert(staff)
    .values({
      id: newId('stf'),
      merchantId: ctx.merchantId,
      email: normaliseEmail(input.email),
      displayName: input.displayName,
      role: input.role,
      passwordHash,
    })
    .onConflictDoNothing({ target: [staff.merchantId, staff.email] })
    .returning();
  if (!row) return fail('EMAIL_TAKEN');
  return ok(toStaffView(row));
}
