import { fail, inTransaction, newId, ok, type Ctx, type Result } from '../../../platform/index.ts';
import { hashPassword, MIN_PASSWORD_LENGTH, normaliseEmail } from '../../staff/index.ts';
import { customers } from '../schema.ts';
import { toCustomerView, type CustomerView } from '../views.ts';
import { openSession } from './open-session.ts';

export interface SignUpInput {
  email: string;
  password: string;
  displayName: string;
  phone?: string | undefined;
}

/** Creates a shopper account at ctx's merchant and signs it in. */
export async function signUp(
  ctx: Ctx,
  input: SignUpInput,
): Promise<Result<{ token: string; customer: CustomerView }>> {
  if (input.password.length < MIN_PASSWORD_LENGTH) {
    return fail('WEAK_PASSWORD', `Use at least ${MIN_PASSWORD_LENGTH} characters`);
  }
  const passwordHash = await hashPassword(input.password);
  return inTransaction(ctx, async (tx) => {
    const [row] = await tx.db
      .insert(customers)
      .values({
        id: newId('cus'),
        merchantId: tx.merchantId,
        email: normaliseEmail(input.email),
        passwordHash,
        displayName: input.displayName,
        phone: input.phone ?? null,
      })
      .onConflictDoNothing({ target: [customers.merchantId, customers.email] })
      .returning();
    if (!row) return fail('EMAIL_TAKEN');
    const token = await openSession(tx, row.id);
    return ok({ token, customer: toCustomerView(row) });
  });
}
