import { Type, type Static } from 'typebox';
import type { PasskeyRow } from './schema.ts';

export const PasskeySchema = Type.Object(
  {
    id: Type.String(),
    label: Type.Union([Type.String(), Type.Null()]),
    deviceType: Type.Union([Type.Literal('singleDevice'), Type.Literal('multiDevice')], {
      description: 'multiDevice: a synced passkey (iCloud Keychain, Google Password Manager, ...)',
    }),
    backedUp: Type.Boolean(),
    transports: Type.Array(Type.String()),
    createdAt: Type.String({ format: 'date-time' }),
    lastUsedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  },
  { additionalProperties: false },
);
export type PasskeyView = Static<typeof PasskeySchema>;

export function toPasskeyView(row: PasskeyRow): PasskeyView {
  return {
    id: row.id,
    label: row.label,
    deviceType: row.deviceType,
    backedUp: row.backedUp,
    transports: row.transports,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
  };
}
