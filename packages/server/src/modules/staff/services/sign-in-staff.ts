import { and, eq } from 'drizzle-orm';
import { fail, newId, ok, type Ctx, type Db, type Result } from '../../../platform/index.ts';
import { hashSessionToken, newSessionToken, verifyPassword } from '../credentials.ts';
import { merchants, staff, staffSessions } from '../schema.ts';
import type { StaffView } from '../views.ts';
import { openStaff, staffEmailIndex } from './personal.ts';

/** A working day; staff sign in again the next morning. */
export const STAFF_SESSION_TTL_MS = 12 * 60 * 60 * 1000;

export interface StaffSignInInput {
  /** The merchant's handle; ctx's merchant (the default one on a public route) when absent. */
  merchant?: string | undefined;
  email: string;
  password: string;
}

/**
 * Every failure answers INVALID_CREDENTIALS after the same argon2 work, so the answer and its timing do
 * not tell whether the merchant or the account exists, or whether the account is disabled.
 */
export async function signInStaff(
  ctx: Ctx,
  input: StaffSignInInput,
): Promise<Result<{ token: string; staff: StaffView; merchantId: string }>> {
  const merchantId =
    input.merchant === undefined ? ctx.merchantId : await merchantIdOf(ctx.db, input.merchant);
  const [row] = merchantId
    ? await ctx.db
        .select()
        .from(staff)
        .where(
          and(
            eq(staff.merchantId, merchantId),
            eq(staff.emailIndex, staffEmailIndex(ctx, merchantId, input.email)),
          ),
        )
    : [];
  const passwordOk = await verifyPassword(row?.passwordHash, input.password);
  if (!row || !passwordOk || row.status !== 'active') return fail('INVALID_CREDENTIALS');
  const token = newSessionToken();
  await ctx.db.insert(staffSessions).values({
    id: newId('ses'),
    merchantId: row.merchantId,
    staffId: row.id,
    tokenHash: hashSessionToken(token),
    expiresAt: new Date(Date.now() + STAFF_SESSION_TTL_MS),
  });
  const signedIn: Ctx = { ...ctx, merchantId: row.merchantId };
  return ok({ token, staff: await openStaff(signedIn, 'authentication', row), merchantId: row.merchantId });
}

async function merchantIdOf(db: Db, handle: string): Promise<string | undefined> {
  const [row] = await db
    .select({ id: merchants.merchantId })
    .from(merchants)
    .where(eq(merchants.handle, handle));
  return row?.id;
}
