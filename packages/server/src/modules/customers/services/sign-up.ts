import { fail, inTransaction, newId, ok, type Ctx, type Result } from '../../../platform/index.ts';
import { hashPassword, MIN_PASSWORD_LENGTH } from '../../staff/index.ts';
import { customers } from '../schema.ts';
import type { CustomerView } from '../views.ts';
import { openSession } from './open-session.ts';
import { openCustomer, sealCustomer } from './personal.ts';

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
    const id = newId('cus');
    const personal = await sealCustomer(tx, id, {
      email: input.email,
      displayName: input.displayName,
      phone: input.phone ?? null,
    });
    const [row] = await tx.db
      .insert(customers)
      .values({ id, merchantId: tx.merchantId, passwordHash, ...personal })
      .onConflictDoNothing({ target: [customers.merchantId, customers.emailIndex] })
      .returning();
    // The sealed values and the new data key roll back with the transaction.
    if (!row) return fail('EMAIL_TAKEN');
    const token = await openSession(tx, row.id);
    const signedIn = { ...tx, actor: { kind: 'shopper' as const, customerId: row.id, sessionId: '' } };
    return ok({ token, customer: await openCustomer(signedIn, 'self', row) });
  });
}
