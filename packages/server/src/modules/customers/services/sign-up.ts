import { fail, inTransaction, newId, ok, type Ctx, type Result } from '../../../platform/index.ts';
import { recordSignUpConsents, type SignUpConsentsInput } from '../../privacy/index.ts';
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
  /** What the shopper chose on the form, beside the notice version it showed. */
  consents?: SignUpConsentsInput | undefined;
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
  try {
    return await createAccount(ctx, input, passwordHash);
  } catch (error) {
    if (error instanceof SignUpRefused) return error.refusal;
    throw error;
  }
}

/**
 * Thrown inside the transaction so a refusal rolls back what it already wrote (the new data key, the row):
 * returning a failed Result would commit them.
 */
class SignUpRefused extends Error {
  constructor(readonly refusal: Result<never>) {
    super('sign-up refused');
  }
}

async function createAccount(
  ctx: Ctx,
  input: SignUpInput,
  passwordHash: string,
): Promise<Result<{ token: string; customer: CustomerView }>> {
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
    if (!row) throw new SignUpRefused(fail('EMAIL_TAKEN'));
    const signedIn = { ...tx, actor: { kind: 'shopper' as const, customerId: row.id, sessionId: '' } };
    if (input.consents) {
      // A refused choice fails the whole sign-up: no account without the record of what it was asked.
      const recorded = await recordSignUpConsents(signedIn, row.id, input.consents);
      if (!recorded.ok) throw new SignUpRefused(recorded);
    }
    const token = await openSession(tx, row.id);
    return ok({ token, customer: await openCustomer(signedIn, 'self', row) });
  });
}
