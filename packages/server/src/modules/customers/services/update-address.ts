import { and, eq } from 'drizzle-orm';
import { fail, inTransaction, ok, type Ctx, type Result } from '../../../platform/index.ts';
import { customerAddresses } from '../schema.ts';
import { toAddressView, type AddressView } from '../views.ts';
import type { AddressInput } from './create-address.ts';
import { clearDefaultAddress, lockAddressBook } from './lock-address-book.ts';

/** Edits one of the shopper's addresses; another shopper's address answers ADDRESS_NOT_FOUND. */
export async function updateAddress(
  ctx: Ctx,
  addressId: string,
  patch: Partial<AddressInput>,
): Promise<Result<AddressView>> {
  return inTransaction(ctx, async (tx) => {
    const customerId = await lockAddressBook(tx);
    if (!customerId) return fail('ADDRESS_NOT_FOUND');
    const mine = and(
      eq(customerAddresses.merchantId, tx.merchantId),
      eq(customerAddresses.customerId, customerId),
      eq(customerAddresses.id, addressId),
    );
    const [current] = await tx.db.select({ id: customerAddresses.id }).from(customerAddresses).where(mine);
    if (!current) return fail('ADDRESS_NOT_FOUND');
    if (patch.isDefault === true) await clearDefaultAddress(tx, customerId);
    const [row] = await tx.db
      .update(customerAddresses)
      .set({
        ...(patch.recipient !== undefined ? { recipient: patch.recipient } : {}),
        ...(patch.phone !== undefined ? { phone: patch.phone } : {}),
        ...(patch.province !== undefined ? { province: patch.province } : {}),
        ...(patch.city !== undefined ? { city: patch.city } : {}),
        ...(patch.district !== undefined ? { district: patch.district } : {}),
        ...(patch.line1 !== undefined ? { line1: patch.line1 } : {}),
        ...(patch.line2 !== undefined ? { line2: patch.line2 } : {}),
        ...(patch.postalCode !== undefined ? { postalCode: patch.postalCode } : {}),
        ...(patch.isDefault !== undefined ? { isDefault: patch.isDefault } : {}),
        updatedAt: new Date(),
      })
      .where(mine)
      .returning();
    if (!row) return fail('ADDRESS_NOT_FOUND');
    return ok(toAddressView(row));
  });
}
