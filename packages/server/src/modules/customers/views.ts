import { Type, type Static } from 'typebox';

export const GeoPointSchema = Type.Object(
  {
    latitude: Type.Number({ minimum: -90, maximum: 90 }),
    longitude: Type.Number({ minimum: -180, maximum: 180 }),
  },
  { additionalProperties: false, description: 'The delivery pin; shown only to the shopper' },
);
export type GeoPoint = Static<typeof GeoPointSchema>;

export const CustomerSchema = Type.Object(
  {
    id: Type.String(),
    email: Type.String(),
    displayName: Type.String(),
    phone: Type.Union([Type.String(), Type.Null()]),
    idNumber: Type.Union([Type.String(), Type.Null()], {
      description: 'Resident ID-card number; masked for everyone but the shopper',
    }),
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
    location: Type.Union([GeoPointSchema, Type.Null()]),
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
