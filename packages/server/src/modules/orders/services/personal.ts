import type { AccessPurpose, Ctx } from '../../../platform/index.ts';
import {
  addressFields,
  addressPartsOf,
  addressValues,
  readFields,
  sealedAddressColumns,
  sealFields,
} from '../../privacy/index.ts';
import type { AddressSnapshot, OrderRow } from '../schema.ts';

// The order's delivery address in and out of the vault, in one place.

export async function sealOrderAddress(
  ctx: Ctx,
  customerId: string,
  orderId: string,
  address: AddressSnapshot,
) {
  const sealed = await sealFields(
    ctx,
    { subjectId: customerId, table: 'orders', rowId: orderId },
    addressValues(address),
  );
  return { shipProvince: address.province, shipCity: address.city, ...sealedAddressColumns(sealed) };
}

/** Who reads an order's address, and why: the shopper their own, staff and workflows to fulfil it. */
export function orderPurpose(ctx: Ctx): AccessPurpose {
  const actor = ctx.actor;
  if (actor.kind === 'shopper') return 'self';
  // Customer service answers questions about an order without shipping it.
  if (
    actor.kind === 'staff' &&
    !actor.permissions.has('shipping:write') &&
    actor.permissions.has('customers:read')
  )
    return 'customer_service';
  return 'fulfilment';
}

/**
 * The order's address as the caller may see it (masked for roles that may not ship, or in lists);
 * after erasure, only the region remains.
 */
export async function openOrderAddress(
  ctx: Ctx,
  row: OrderRow,
  options: { masked?: boolean; audited?: boolean } = {},
): Promise<AddressSnapshot> {
  const { values } = await readFields(
    ctx,
    orderPurpose(ctx),
    { subjectId: row.customerId, table: 'orders', rowId: row.id },
    addressFields(row),
    options,
  );
  return { ...addressPartsOf(values), province: row.shipProvince ?? '', city: row.shipCity ?? '' };
}
