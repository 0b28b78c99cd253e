import { emit, newId, type Ctx } from '../../../platform/index.ts';
import { hashSessionToken, newSessionToken } from '../../staff/index.ts';
import { customerSessions } from '../schema.ts';

/** Shoppers stay signed in on their phone for a month. */
export const CUSTOMER_SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * Opens a session and announces the sign-in in the same transaction. The guest's cart token travels in
 * the event so the cart module can merge the guest cart into the shopper's.
 */
export async function openSession(tx: Ctx, customerId: string): Promise<string> {
  const token = newSessionToken();
  await tx.db.insert(customerSessions).values({
    id: newId('ses'),
    merchantId: tx.merchantId,
    customerId,
    tokenHash: hashSessionToken(token),
    expiresAt: new Date(Date.now() + CUSTOMER_SESSION_TTL_MS),
  });
  const cartToken = tx.actor.kind === 'guest' ? tx.actor.cartToken : undefined;
  await emit(tx, 'customer.signed_in', { customerId, ...(cartToken ? { cartToken } : {}) });
  return token;
}
