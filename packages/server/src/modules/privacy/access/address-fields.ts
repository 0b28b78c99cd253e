import type { SealedField } from './personal-fields.ts';

// A delivery address is sealed the same way wherever it is kept (the address book, each order): these
// name its sealed columns and their classes once, so masking and audit treat every copy alike.

export interface AddressParts {
  recipient: string;
  phone: string;
  district: string;
  line1: string;
  line2: string | null;
  postalCode: string | null;
}

export interface SealedAddressColumns {
  recipientSealed: string | null;
  phoneSealed: string | null;
  districtSealed: string | null;
  line1Sealed: string | null;
  line2Sealed: string | null;
  postalCodeSealed: string | null;
}

type AddressColumn = 'recipient' | 'phone' | 'district' | 'line1' | 'line2' | 'postal_code';

/** The values sealFields takes, by column name. */
export function addressValues(parts: AddressParts): Record<AddressColumn, string | null> {
  return {
    recipient: parts.recipient,
    phone: parts.phone,
    district: parts.district,
    line1: parts.line1,
    line2: parts.line2,
    postal_code: parts.postalCode,
  };
}

/** sealFields' answer as the row's columns. */
export function sealedAddressColumns(sealed: Record<AddressColumn, string | null>): SealedAddressColumns {
  return {
    recipientSealed: sealed.recipient,
    phoneSealed: sealed.phone,
    districtSealed: sealed.district,
    line1Sealed: sealed.line1,
    line2Sealed: sealed.line2,
    postalCodeSealed: sealed.postal_code,
  };
}

/** What readFields takes for a row's address. */
export function addressFields(row: SealedAddressColumns): Record<AddressColumn, SealedField> {
  return {
    recipient: { sealed: row.recipientSealed, class: 'name' },
    phone: { sealed: row.phoneSealed, class: 'contact', hint: 'phone' },
    district: { sealed: row.districtSealed, class: 'address' },
    line1: { sealed: row.line1Sealed, class: 'address' },
    line2: { sealed: row.line2Sealed, class: 'address' },
    postal_code: { sealed: row.postalCodeSealed, class: 'address' },
  };
}

/** readFields' answer as address parts; an erased person's parts are empty. */
export function addressPartsOf(values: Record<AddressColumn, string | null>): AddressParts {
  return {
    recipient: values.recipient ?? '',
    phone: values.phone ?? '',
    district: values.district ?? '',
    line1: values.line1 ?? '',
    line2: values.line2,
    postalCode: values.postal_code,
  };
}
