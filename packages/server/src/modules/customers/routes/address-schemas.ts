import { Type } from 'typebox';
import { GeoPointSchema } from '../views.ts';
import { FreeText } from '../../../platform/index.ts';

export const PhoneSchema = Type.String({ pattern: '^\\+?[0-9][0-9 -]{4,19}$', maxLength: 21 });

const fields = {
  recipient: FreeText({ minLength: 1, maxLength: 60 }),
  phone: PhoneSchema,
  province: Type.String({ minLength: 1, maxLength: 40 }),
  city: Type.String({ minLength: 1, maxLength: 40 }),
  district: FreeText({ minLength: 1, maxLength: 40 }),
  line1: FreeText({ minLength: 1, maxLength: 200 }),
  line2: Type.Union([FreeText({ maxLength: 200 }), Type.Null()]),
  postalCode: Type.Union([Type.String({ pattern: '^[A-Za-z0-9 -]{3,12}$', maxLength: 12 }), Type.Null()]),
  isDefault: Type.Boolean(),
  location: Type.Union([GeoPointSchema, Type.Null()]),
};

export const CreateAddressBody = Type.Object(
  {
    recipient: fields.recipient,
    phone: fields.phone,
    province: fields.province,
    city: fields.city,
    district: fields.district,
    line1: fields.line1,
    line2: Type.Optional(fields.line2),
    postalCode: Type.Optional(fields.postalCode),
    location: Type.Optional(fields.location),
    isDefault: Type.Optional(fields.isDefault),
  },
  { additionalProperties: false },
);

export const UpdateAddressBody = Type.Object(
  {
    recipient: Type.Optional(fields.recipient),
    phone: Type.Optional(fields.phone),
    province: Type.Optional(fields.province),
    city: Type.Optional(fields.city),
    district: Type.Optional(fields.district),
    line1: Type.Optional(fields.line1),
    line2: Type.Optional(fields.line2),
    postalCode: Type.Optional(fields.postalCode),
    location: Type.Optional(fields.location),
    isDefault: Type.Optional(fields.isDefault),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const AddressParams = Type.Object(
  { id: Type.String({ maxLength: 40 }) },
  { additionalProperties: false },
);
