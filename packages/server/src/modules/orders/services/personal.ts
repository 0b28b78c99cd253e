import type { AccessPurpose, Ctx } from '../../../platform/index.ts';
import { readFields, sealFields } from '../../privacy/index.ts';
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
    {
      recipient: address.recipient,
      phone: address.phone,
      district: address.district,
      line1: address.line1,
      line2: address.line2,
      postal_code: address.postalCode,
    },
  );
  return {
    shipProvince: address.province,
    shipCity: address.city,
    recipientSealed: sealed.recipient,
    phoneSealed: sealed.phone,
    districtSealed: sealed.district,
    line1Sealed: sealed.line1,
    line2Sealed: sealed.line2,
    postalCodeSealed: sealed.postal_code,
  };
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
    {
      recipient: { sealed: row.recipientSealed, class: 'name' },
      phone: { sealed: row.phoneSealed, class: 'contact', hint: 'phone' },
      district: { sealed: row.districtSealed, class: 'address' },
      line1: { sealed: row.line1Sealed, class: 'address' },
      line2: { sealed: row.line2Sealed, class: 'address' },
      postal_code: { sealed: row.postalCodeSealed, class: 'address' },
    },
    options,
  );
  return {
    recipient: values.recipient ?? '',
    phone: values.phone ?? '',
    province: row.shipProvince ?? '',
    city: row.shipCity ?? '',
    district: values.district ?? '',
    line1: values.line1 ?? '',
    line2: values.line2,
    postalCode: values.postal_code,
  };
}
