import { and, eq } from 'drizzle-orm';
import { customerIdOf, fail, inTransaction, ok, type Ctx, type Result } from '../../../platform/index.ts';
import { hasConsent } from '../../privacy/index.ts';
import { customers } from '../schema.ts';
import type { CustomerView } from '../views.ts';
import { isValidIdNumber, openCustomer, sealCustomer } from './personal.ts';

export interface ProfilePatch {
  displayName?: string | undefined;
  phone?: string | null | undefined;
  idNumber?: string | null | undefined;
}

/**
 * The shopper corrects their own profile (the right to rectification). The whole profile is resealed
 * from its merged clear values, so every column stays under the current data key and the write is one
 * audit entry. An ID-card number needs the separate sensitive-data consent (PIPL art. 29).
 */
export async function updateProfile(ctx: Ctx, patch: ProfilePatch): Promise<Result<CustomerView>> {
  const customerId = customerIdOf(ctx);
  if (!customerId) return fail('CUSTOMER_NOT_FOUND');
  if (typeof patch.idNumber === 'string') {
    if (!isValidIdNumber(patch.idNumber)) return fail('INVALID_ID_NUMBER');
    if (!(await hasConsent(ctx, customerId, 'sensitive_data')))
      return fail('SENSITIVE_DATA_CONSENT_REQUIRED');
  }
  return inTransaction(ctx, async (tx) => {
    const mine = and(eq(customers.merchantId, tx.merchantId), eq(customers.id, customerId));
    const [current] = await tx.db.select().from(customers).where(mine).for('update');
    if (!current || current.erasedAt) return fail('CUSTOMER_NOT_FOUND');
    const before = await openCustomer(tx, 'self', current);
    const personal = await sealCustomer(tx, customerId, {
      email: before.email,
      displayName: patch.displayName ?? before.displayName,
      phone: patch.phone !== undefined ? patch.phone : before.phone,
      idNumber:
        patch.idNumber !== undefined ? (patch.idNumber?.trim().toUpperCase() ?? null) : before.idNumber,
    });
    const [row] = await tx.db.update(customers).set(personal).where(mine).returning();
    if (!row) return fail('CUSTOMER_NOT_FOUND');
    return ok(await openCustomer(tx, 'self', row));
  });
}
