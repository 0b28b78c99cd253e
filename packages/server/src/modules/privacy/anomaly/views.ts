import { Type, type Static } from 'typebox';
import type { AlertRow } from './tables.ts';

export const AlertRuleSchema = Type.Union(
  [
    Type.Literal('mass_read'),
    Type.Literal('export_burst'),
    Type.Literal('unusual_hours'),
    Type.Literal('new_network'),
  ],
  { description: 'The rule that raised the alert (docs/decisions/0007-audit-and-anomalies.md)' },
);

export const AlertSchema = Type.Object(
  {
    id: Type.String(),
    /** The staff member whose access tripped the rule. */
    staffId: Type.String(),
    rule: AlertRuleSchema,
    action: Type.Union([Type.Literal('freeze'), Type.Literal('alert')], {
      description: 'freeze: the account was frozen and its sessions revoked; alert: nothing was stopped',
    }),
    detail: Type.Object(
      {
        people: Type.Optional(Type.Integer()),
        exports: Type.Optional(Type.Integer()),
        limit: Type.Optional(Type.Integer()),
        windowMinutes: Type.Optional(Type.Integer()),
        hour: Type.Optional(Type.Integer()),
        timeZone: Type.Optional(Type.String()),
        requestId: Type.Optional(Type.String()),
      },
      { additionalProperties: false, description: 'Counts and ids only, never personal values' },
    ),
    status: Type.Union([Type.Literal('open'), Type.Literal('resolved')]),
    createdAt: Type.String({ format: 'date-time' }),
    resolvedBy: Type.Union([Type.String(), Type.Null()]),
    resolvedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  },
  { additionalProperties: false },
);
export type AlertView = Static<typeof AlertSchema>;

export function toAlertView(row: AlertRow): AlertView {
  return {
    id: row.id,
    staffId: row.actorId,
    rule: row.rule,
    action: row.action,
    detail: row.detail,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    resolvedBy: row.resolvedBy,
    resolvedAt: row.resolvedAt?.toISOString() ?? null,
  };
}
