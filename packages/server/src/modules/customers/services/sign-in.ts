import { and, eq } from 'drizzle-orm';
import { fail, inTransaction, ok, type Ctx, type Result } from '../../../platform/index.ts';
import { verifyPassword } from '../../staff/index.ts';
import { customers } from '../schema.ts';
import type { CustomerView } from '../views.ts';
import { openSession } from './open-session.ts';
import { emailIndexOf, openCustomer } from './personal.ts';

export interface SignInInput {
  email: string;
  password: string;
}

/**
 * Signs a shopper in at ctx's merchant. A missing account costs the same argon2 work as a wrong password
 * and answers the same code, so neither the answer nor its timing tells which emails are registered.
 */
export async function signIn(
  ctx: Ctx,
  input: SignInInput,
): Promise<Result<{ token: string; customer: CustomerView }>> {
  const [row] = await ctx.db
    .select()
    .from(customers)
    .where(
      and(eq(customers.merchantId, ctx.merchantId), eq(customers.emailIndex, emailIndexOf(ctx, input.email))),
    );
  const passwordOk = await verifyPassword(row?.passwordHash, input.password);
  if (!row || !passwordOk) return fail('INVALID_CREDENTIALS');
  const token = await inTransaction(ctx, (tx) => openSession(tx, row.id));
  const signedIn = { ...ctx, actor: { kind: 'shopper' as const, customerId: row.id, sessionId: '' } };
  return ok({ token, customer: await openCustomer(signedIn, 'self', row) });
}
