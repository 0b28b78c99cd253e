import { Type, type Static } from 'typebox';
import type { AddressRow, CustomerRow } from './schema.ts';

export const CustomerSchema = Type.Object(
  {
    id: Type.String(),
    email: Type.String(),
    displayName: Type.String(),
    phone: Type.Union([Type.String(), Type.Null()]),
    createdAt: Type.String({ format: 'date-time' }),
  },
  { additionalProperties: false },
);
export type CustomerView = Static<typeof CustomerSchema>;

export const AddressSchema = Type.Object(
  {
    id: Type.String(),
    recipient: Type.String(),
    phone: Type.String(),
    province: Type.String(),
    city: Type.String(),
    district: Type.String(),
    line1: Type.String(),
    line2: Type.Union([Type.String(), Type.Null()]),
    postalCode: Type.Union([Type.String(), Type.Null()]),
    isDefault: Type.Boolean(),
  },
  { additionalProperties: false },
);
export type AddressView = Static<typeof AddressSchema>;

/** What an order keeps of an address: a copy, so later edits to the address book do not rewrite history. */
export interface AddressSnapshot {
  recipient: string;
  phone: string;
  province: string;
  city: string;
  district: string;
  line1: string;
  line2: string | null;
  postalCode: string | null;
}

export function toCustomerView(row: CustomerRow): CustomerView {
  return {
    id: row.id,
    email: row.email,
    displayName: row.displayName,
    phone: row.phone,
    createdAt: row.createdAt.toISOString(),
  };
}

export function toAddressView(row: AddressRow): AddressView {
  return {
    id: row.id,
    recipient: row.recipient,
    phone: row.phone,
    province: row.province,
    city: row.city,
    district: row.district,
    line1: row.line1,
    line2: row.line2,
    postalCode: row.postalCode,
    isDefault: row.isDefault,
  };
}
