import { and, desc, eq } from 'drizzle-orm';
import { fail, inTransaction, ok, type Ctx, type Result } from '../../../platform/index.ts';
import { customerAddresses } from '../schema.ts';
import { recordDeletion } from '../../privacy/index.ts';
import { lockAddressBook } from './lock-address-book.ts';

/** Removes one of the shopper's addresses; when it was the default, the newest remaining one takes over. */
export async function deleteAddress(ctx: Ctx, addressId: string): Promise<Result<{ id: string }>> {
  return inTransaction(ctx, async (tx) => {
    const customerId = await lockAddressBook(tx);
    if (!customerId) return fail('ADDRESS_NOT_FOUND');
    const book = and(
      eq(customerAddresses.merchantId, tx.merchantId),
      eq(customerAddresses.customerId, customerId),
    );
    const [deleted] = await tx.db
      .delete(customerAddresses)
      .where(and(book, eq(customerAddresses.id, addressId)))
      .returning({ id: customerAddresses.id, isDefault: customerAddresses.isDefault });
    if (!deleted) return fail('ADDRESS_NOT_FOUND');
    recordDeletion(tx, { subjectId: customerId, table: 'customer_addresses', rowId: deleted.id }, [
      'recipient',
      'phone',
      'district',
      'line1',
      'line2',
      'postal_code',
      'location',
    ]);
    if (deleted.isDefault) {
      const [newest] = await tx.db
        .select({ id: customerAddresses.id })
        .from(customerAddresses)
        .where(book)
        .orderBy(desc(customerAddresses.id))
        .limit(1);
      if (newest) {
        await tx.db
          .update(customerAddresses)
          .set({ isDefault: true })
          .where(and(book, eq(customerAddresses.id, newest.id)));
      }
    }
    return ok({ id: deleted.id });
  });
}
