import { eq } from 'drizzle-orm';
import {
  fail,
  inTransaction,
  newId,
  ok,
  type Ctx,
  type Result,
  type StaffRole,
} from '../../../platform/index.ts';
import { hashPassword, MIN_PASSWORD_LENGTH } from '../credentials.ts';
import { merchants, staff } from '../schema.ts';
import type { StaffView } from '../views.ts';
import { openStaff, sealStaff } from './personal.ts';

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
  return inTransaction(ctx, async (tx) => {
    const id = newId('stf');
    const personal = await sealStaff(tx, id, input);
    const [row] = await tx.db
      .insert(staff)
      .values({ id, merchantId: tx.merchantId, role: input.role, passwordHash, ...personal })
      .onConflictDoNothing({ target: [staff.merchantId, staff.emailIndex] })
      .returning();
    // Rolling back drops the data key created for the sealed values with it.
    if (!row) return fail('EMAIL_TAKEN');
    return ok(await openStaff(tx, 'administration', row));
  });
}
