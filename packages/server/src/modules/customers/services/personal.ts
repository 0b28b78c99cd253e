import type { AccessPurpose, Ctx } from '../../../platform/index.ts';
import {
  addressFields,
  addressPartsOf,
  addressValues,
  readFields,
  sealedAddressColumns,
  sealFields,
  type AddressParts,
} from '../../privacy/index.ts';
import type { AddressRow, CustomerRow } from '../schema.ts';
import type { AddressSnapshot, AddressView, CustomerView, GeoPoint } from '../views.ts';
import { normaliseEmail } from '../../staff/index.ts';

// The one place this module turns personal values into sealed columns and back, so no service can
// forget the vault, the blind indexes or the audit entry.

export interface CustomerPersonal {
  email: string;
  displayName: string;
  phone: string | null;
  idNumber?: string | null | undefined;
}

export function emailIndexOf(ctx: Ctx, email: string): string {
  return ctx.privacy.vault.blindIndex('email', ctx.merchantId, normaliseEmail(email));
}

export function phoneIndexOf(ctx: Ctx, phone: string): string {
  return ctx.privacy.vault.blindIndex('phone', ctx.merchantId, phone);
}

export async function sealCustomer(ctx: Ctx, customerId: string, input: CustomerPersonal) {
  const sealed = await sealFields(
    ctx,
    { subjectId: customerId, table: 'customers', rowId: customerId },
    {
      email: normaliseEmail(input.email),
      display_name: input.displayName,
      phone: input.phone,
      id_number: input.idNumber ?? null,
    },
  );
  return {
    emailIndex: emailIndexOf(ctx, input.email),
    emailSealed: sealed.email,
    displayNameSealed: sealed.display_name,
    phoneIndex: input.phone ? phoneIndexOf(ctx, input.phone) : null,
    phoneSealed: sealed.phone,
    idNumberIndex: input.idNumber
      ? ctx.privacy.vault.blindIndex('id_number', ctx.merchantId, input.idNumber)
      : null,
    idNumberSealed: sealed.id_number,
  };
}

export async function openCustomer(
  ctx: Ctx,
  purpose: AccessPurpose,
  row: CustomerRow,
  options: { masked?: boolean; audited?: boolean } = {},
): Promise<CustomerView> {
  const { values } = await readFields(
    ctx,
    purpose,
    { subjectId: row.id, table: 'customers', rowId: row.id },
    {
      email: { sealed: row.emailSealed, class: 'contact', hint: 'email' },
      display_name: { sealed: row.displayNameSealed, class: 'name' },
      phone: { sealed: row.phoneSealed, class: 'contact', hint: 'phone' },
      id_number: { sealed: row.idNumberSealed, class: 'id_number' },
    },
    options,
  );
  return {
    id: row.id,
    email: values.email ?? '',
    displayName: values.display_name ?? '',
    phone: values.phone,
    idNumber: values.id_number,
    createdAt: row.createdAt.toISOString(),
  };
}

export interface AddressPersonal extends AddressParts {
  location: GeoPoint | null;
}

export async function sealAddress(ctx: Ctx, customerId: string, addressId: string, input: AddressPersonal) {
  const sealed = await sealFields(
    ctx,
    { subjectId: customerId, table: 'customer_addresses', rowId: addressId },
    {
      ...addressValues(input),
      location: input.location ? `${input.location.latitude},${input.location.longitude}` : null,
    },
  );
  return { ...sealedAddressColumns(sealed), locationSealed: sealed.location };
}

export async function openAddress(
  ctx: Ctx,
  purpose: AccessPurpose,
  row: AddressRow,
  options: { audited?: boolean } = {},
): Promise<AddressView> {
  const { values } = await readFields(
    ctx,
    purpose,
    { subjectId: row.customerId, table: 'customer_addresses', rowId: row.id },
    { ...addressFields(row), location: { sealed: row.locationSealed, class: 'location' } },
    options,
  );
  return {
    id: row.id,
    ...addressPartsOf(values),
    province: row.province,
    city: row.city,
    location: parsePoint(values.location),
    isDefault: row.isDefault,
  };
}

export function snapshotOf(view: AddressView): AddressSnapshot {
  return {
    recipient: view.recipient,
    phone: view.phone,
    province: view.province,
    city: view.city,
    district: view.district,
    line1: view.line1,
    line2: view.line2,
    postalCode: view.postalCode,
  };
}

/** A masked location ("****") or none parses to null: a pin is shown exactly or not at all. */
function parsePoint(value: string | null): GeoPoint | null {
  const [lat, lng] = (value ?? '').split(',').map(Number);
  if (lat === undefined || lng === undefined || !Number.isFinite(lat) || !Number.isFinite(lng)) return null;
  return { latitude: lat, longitude: lng };
}

/** GB 11643 resident ID: 17 digits, then a check character (0-9 or X) from weighted sums mod 11. */
export function isValidIdNumber(value: string): boolean {
  const id = value.trim().toUpperCase();
  if (!/^[0-9]{17}[0-9X]$/.test(id)) return false;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = weights.reduce((acc, w, i) => acc + w * Number(id[i]), 0);
  return '10X98765432'[sum % 11] === id[17];
}
