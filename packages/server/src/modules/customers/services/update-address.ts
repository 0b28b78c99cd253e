import { and, eq } from 'drizzle-orm';
import { fail, inTransaction, ok, type Ctx, type Result } from '../../../platform/index.ts';
import { customerAddresses } from '../schema.ts';
import type { AddressView } from '../views.ts';
import type { AddressInput } from './create-address.ts';
import { clearDefaultAddress, lockAddressBook } from './lock-address-book.ts';
import { openAddress, sealAddress } from './personal.ts';

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
    const [current] = await tx.db.select().from(customerAddresses).where(mine);
    if (!current) return fail('ADDRESS_NOT_FOUND');
    if (patch.isDefault === true) await clearDefaultAddress(tx, customerId);
    // Reseal the whole address from its merged clear values: one audited write, and every column
    // stays sealed under the shopper's current data key.
    const before = await openAddress(tx, 'self', current);
    const sealed = await sealAddress(tx, customerId, addressId, {
      recipient: patch.recipient ?? before.recipient,
      phone: patch.phone ?? before.phone,
      district: patch.district ?? before.district,
      line1: patch.line1 ?? before.line1,
      line2: patch.line2 !== undefined ? patch.line2 : before.line2,
      postalCode: patch.postalCode !== undefined ? patch.postalCode : before.postalCode,
      location: patch.location !== undefined ? patch.location : before.location,
    });
    const [row] = await tx.db
      .update(customerAddresses)
      .set({
        ...sealed,
        ...(patch.province !== undefined ? { province: patch.province } : {}),
        ...(patch.city !== undefined ? { city: patch.city } : {}),
        ...(patch.isDefault !== undefined ? { isDefault: patch.isDefault } : {}),
        updatedAt: new Date(),
      })
      .where(mine)
      .returning();
    if (!row) return fail('ADDRESS_NOT_FOUND');
    return ok(await openAddress(tx, 'self', row));
  });
}
