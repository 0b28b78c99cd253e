import { and, count, eq } from 'drizzle-orm';
import { fail, inTransaction, newId, ok, type Ctx, type Result } from '../../../platform/index.ts';
import { customerAddresses } from '../schema.ts';
import type { AddressView, GeoPoint } from '../views.ts';
import { clearDefaultAddress, lockAddressBook } from './lock-address-book.ts';
import { openAddress, sealAddress } from './personal.ts';

export const MAX_ADDRESSES_PER_CUSTOMER = 20;

export interface AddressInput {
  recipient: string;
  phone: string;
  province: string;
  city: string;
  district: string;
  line1: string;
  line2?: string | null | undefined;
  postalCode?: string | null | undefined;
  location?: GeoPoint | null | undefined;
  isDefault?: boolean | undefined;
}

/** Adds an address to the shopper's book; the first one, or one asked to be, becomes the default. */
export async function createAddress(ctx: Ctx, input: AddressInput): Promise<Result<AddressView>> {
  return inTransaction(ctx, async (tx) => {
    const customerId = await lockAddressBook(tx);
    if (!customerId) return fail('CUSTOMER_NOT_FOUND');
    const [counted] = await tx.db
      .select({ n: count() })
      .from(customerAddresses)
      .where(
        and(eq(customerAddresses.merchantId, tx.merchantId), eq(customerAddresses.customerId, customerId)),
      );
    const existing = counted?.n ?? 0;
    if (existing >= MAX_ADDRESSES_PER_CUSTOMER) {
      return fail('ADDRESS_LIMIT_REACHED', `At most ${MAX_ADDRESSES_PER_CUSTOMER} addresses`);
    }
    const isDefault = existing === 0 || input.isDefault === true;
    if (isDefault) await clearDefaultAddress(tx, customerId);
    const id = newId('adr');
    const sealed = await sealAddress(tx, customerId, id, {
      recipient: input.recipient,
      phone: input.phone,
      district: input.district,
      line1: input.line1,
      line2: input.line2 ?? null,
      postalCode: input.postalCode ?? null,
      location: input.location ?? null,
    });
    const [row] = await tx.db
      .insert(customerAddresses)
      .values({
        id,
        merchantId: tx.merchantId,
        customerId,
        province: input.province,
        city: input.city,
        ...sealed,
        isDefault,
      })
      .returning();
    if (!row) throw new Error('address insert returned no row');
    return ok(await openAddress(tx, 'self', row));
  });
}
