import { Type, type Static } from 'typebox';
import { CurrencyCode } from '../../platform/index.ts';
import type { MerchantRow, StaffRow } from './schema.ts';

export const StaffRoleSchema = Type.Union(
  [
    Type.Literal('owner'),
    Type.Literal('operator'),
    Type.Literal('customer_service'),
    Type.Literal('analyst'),
  ],
  { description: 'What the staff member may do (platform/permissions.ts)' },
);
export const StaffStatusSchema = Type.Union([Type.Literal('active'), Type.Literal('disabled')]);

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

export function toStaffView(row: StaffRow): StaffView {
  return {
    id: row.id,
    email: row.email,
    displayName: row.displayName,
    role: row.role,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
  };
}

export function toMerchantView(row: MerchantRow): MerchantView {
  return {
    id: row.merchantId,
    handle: row.handle,
    name: row.name,
    currency: row.currency as MerchantView['currency'],
    isDefault: row.isDefault,
  };
}
