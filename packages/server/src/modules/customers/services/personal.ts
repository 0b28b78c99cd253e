import type { AccessPurpose, Ctx } from '../../../platform/index.ts';
import { readFields, sealFields } from '../../privacy/index.ts';
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

export interface AddressPersonal {
  recipient: string;
  phone: string;
  district: string;
  line1: string;
  line2: string | null;
  postalCode: string | null;
  location: GeoPoint | null;
}

export async function sealAddress(ctx: Ctx, customerId: string, addressId: string, input: AddressPersonal) {
  const sealed = await sealFields(
    ctx,
    { subjectId: customerId, table: 'customer_addresses', rowId: addressId },
    {
      recipient: input.recipient,
      phone: input.phone,
      district: input.district,
      line1: input.line1,
      line2: input.line2,
      postal_code: input.postalCode,
      location: input.location ? `${input.location.latitude},${input.location.longitude}` : null,
    },
  );
  return {
    recipientSealed: sealed.recipient,
    phoneSealed: sealed.phone,
    districtSealed: sealed.district,
    line1Sealed: sealed.line1,
    line2Sealed: sealed.line2,
    postalCodeSealed: sealed.postal_code,
    locationSealed: sealed.location,
  };
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
    {
      recipient: { sealed: row.recipientSealed, class: 'name' },
      phone: { sealed: row.phoneSealed, class: 'contact', hint: 'phone' },
      district: { sealed: row.districtSealed, class: 'address' },
      line1: { sealed: row.line1Sealed, class: 'address' },
      line2: { sealed: row.line2Sealed, class: 'address' },
      postal_code: { sealed: row.postalCodeSealed, class: 'address' },
      location: { sealed: row.locationSealed, class: 'location' },
    },
    options,
  );
  return {
    id: row.id,
    recipient: values.recipient ?? '',
    phone: values.phone ?? '',
    province: row.province,
    city: row.city,
    district: values.district ?? '',
    line1: values.line1 ?? '',
    line2: values.line2,
    postalCode: values.postal_code,
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
