import { and, eq } from 'drizzle-orm';
import { customerIdOf, type Ctx } from '../../../platform/index.ts';
import { customerAddresses, customers } from '../schema.ts';

/**
 * Locks the signed-in shopper's customer row so concurrent edits of one address book (the default flag,
 * the size limit) run one after the other. Returns the customer id, or undefined for a non-shopper.
 * Call inside a transaction.
 */
export async function lockAddressBook(tx: Ctx): Promise<string | undefined> {
  const customerId = customerIdOf(tx);
  if (!customerId) return undefined;
  const [row] = await tx.db
    .select({ id: customers.id })
    .from(customers)
    .where(and(eq(customers.merchantId, tx.merchantId), eq(customers.id, customerId)))
    .for('update');
  return row?.id;
}

export async function clearDefaultAddress(tx: Ctx, customerId: string): Promise<void> {
  await tx.db
    .update(customerAddresses)
    .set({ isDefault: false })
    .where(
      and(
        eq(customerAddresses.merchantId, tx.merchantId),
        eq(customerAddresses.customerId, customerId),
        eq(customerAddresses.isDefault, true),
      ),
    );
}
