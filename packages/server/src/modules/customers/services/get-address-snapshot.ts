import { and, eq, sql } from 'drizzle-orm';
import { customerIdOf, fail, ok, preparedStatement, type Ctx, type Result } from '../../../platform/index.ts';
import { customerAddresses } from '../schema.ts';
import type { AddressSnapshot } from '../views.ts';
import { openAddress, snapshotOf } from './personal.ts';

/**
 * A copy of one of the signed-in shopper's addresses for an order to keep. Any other actor, or another
 * shopper's address, answers ADDRESS_NOT_FOUND.
 */
export async function getAddressSnapshot(ctx: Ctx, addressId: string): Promise<Result<AddressSnapshot>> {
  const customerId = customerIdOf(ctx);
  if (!customerId) return fail('ADDRESS_NOT_FOUND');
  const [row] = await selectAddress(ctx.db, { merchantId: ctx.merchantId, customerId, addressId });
  if (!row) return fail('ADDRESS_NOT_FOUND');
  return ok(snapshotOf(await openAddress(ctx, 'self', row)));
}

// Every checkout snapshots one: prepared once (see preparedStatement).
const selectAddress = preparedStatement('customers_address_snapshot', (db) =>
  db
    .select()
    .from(customerAddresses)
    .where(
      and(
        eq(customerAddresses.merchantId, sql.placeholder('merchantId')),
        eq(customerAddresses.customerId, sql.placeholder('customerId')),
        eq(customerAddresses.id, sql.placeholder('addressId')),
      ),
    ),
);
