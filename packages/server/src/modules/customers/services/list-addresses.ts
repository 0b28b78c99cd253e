import { and, asc, desc, eq } from 'drizzle-orm';
import { customerIdOf, type Ctx } from '../../../platform/index.ts';
import { customerAddresses } from '../schema.ts';
import type { AddressView } from '../views.ts';
import { openAddress } from './personal.ts';

/** The signed-in shopper's address book, default first. */
export async function listAddresses(ctx: Ctx): Promise<AddressView[]> {
  const customerId = customerIdOf(ctx);
  if (!customerId) return [];
  const rows = await ctx.db
    .select()
    .from(customerAddresses)
    .where(
      and(eq(customerAddresses.merchantId, ctx.merchantId), eq(customerAddresses.customerId, customerId)),
    )
    .orderBy(desc(customerAddresses.isDefault), asc(customerAddresses.id));
  const views: AddressView[] = [];
  for (const row of rows) views.push(await openAddress(ctx, 'self', row));
  return views;
}
