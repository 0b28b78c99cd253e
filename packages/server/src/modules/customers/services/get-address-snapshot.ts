import { and, eq } from 'drizzle-orm';
import { customerIdOf, fail, ok, type Ctx, type Result } from '../../../platform/index.ts';
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
  const [row] = await ctx.db
    .select()
    .from(customerAddresses)
    .where(
      and(
        eq(customerAddresses.merchantId, ctx.merchantId),
        eq(customerAddresses.customerId, customerId),
        eq(customerAddresses.id, addressId),
      ),
    );
  if (!row) return fail('ADDRESS_NOT_FOUND');
  return ok(snapshotOf(await openAddress(ctx, 'self', row)));
}
