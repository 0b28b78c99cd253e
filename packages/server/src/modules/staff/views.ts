import { Type, type Static } from 'typebox';
import { CurrencyCode, PERMISSIONS, ROLE_PERMISSIONS, type Permission } from '../../platform/index.ts';
import type { MerchantRow } from './schema.ts';

export const StaffRoleSchema = Type.Union(
  [
    Type.Literal('owner'),
    Type.Literal('operator'),
    Type.Literal('customer_service'),
    Type.Literal('analyst'),
  ],
  { description: 'What the staff member may do (platform/permissions.ts)' },
);
export const StaffStatusSchema = Type.Union([
  Type.Literal('active'),
  Type.Literal('disabled'),
  Type.Literal('frozen'),
]);

export const StaffSchema = Type.Object(
  {
    id: Type.String(),
    email: Type.String(),
    displayName: Type.String(),
    role: StaffRoleSchema,
    status: StaffStatusSchema,
    createdAt: Type.String({ format: 'date-time' }),
  },
  { additionalProperties: false },
);
export type StaffView = Static<typeof StaffSchema>;

export const MerchantSchema = Type.Object(
  {
    id: Type.String(),
    handle: Type.String(),
    name: Type.String(),
    currency: CurrencyCode,
    isDefault: Type.Boolean(),
  },
  { additionalProperties: false },
);
export type MerchantView = Static<typeof MerchantSchema>;

export function toMerchantView(row: MerchantRow): MerchantView {
  return {
    id: row.merchantId,
    handle: row.handle,
    name: row.name,
    currency: row.currency as MerchantView['currency'],
    isDefault: row.isDefault,
  };
}

/**
 * What a signed-in staff member may do, so the console shows only what they can use without keeping its
 * own copy of the role table. The server still checks every request.
 */
export const PermissionsSchema = Type.Array(Type.Enum(PERMISSIONS), {
  description: 'What this staff member may do (platform/permissions.ts); each request is checked anyway',
});

export const permissionsOf = (role: StaffView['role']): Permission[] => [...ROLE_PERMISSIONS[role]];

export const SignedInSchema = Type.Object(
  { token: Type.String(), staff: StaffSchema, merchant: MerchantSchema, permissions: PermissionsSchema },
  { additionalProperties: false },
);
export const MeSchema = Type.Object(
  { staff: StaffSchema, merchant: MerchantSchema, permissions: PermissionsSchema },
  { additionalProperties: false },
);
