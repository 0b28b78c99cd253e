import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../../../platform/index.ts';
import { staff } from '../schema.ts';
import { staffEmailIndex } from './personal.ts';

/** The id of ctx's merchant's staff member with this id or email, for operators' tools (CLI). */
export async function findStaffId(ctx: Ctx, idOrEmail: string): Promise<string | undefined> {
  // Emails are sealed: an email is found through its blind index, never by comparing plaintext.
  const match = idOrEmail.includes('@')
    ? eq(staff.emailIndex, staffEmailIndex(ctx, ctx.merchantId, idOrEmail))
    : eq(staff.id, idOrEmail);
  const [row] = await ctx.db
    .select({ id: staff.id })
    .from(staff)
    .where(and(eq(staff.merchantId, ctx.merchantId), match));
  return row?.id;
}
