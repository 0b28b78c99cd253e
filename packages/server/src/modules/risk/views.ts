import { Type, type Static } from 'typebox';
import { CurrencyCode, MinorAmount, type Currency } from '../../platform/index.ts';
import { RISK_DECISIONS, type RiskAssessmentRow } from './schema.ts';
import { RISK_RULES } from './thresholds.ts';

export const RiskReasonSchema = Type.Object(
  {
    code: Type.Enum([...RISK_RULES]),
    points: Type.Integer(),
    observed: Type.Integer({ description: 'A count, or for amount_spike the amount in minor units' }),
    limit: Type.Integer({ description: 'A count, or for amount_spike the multiple of the median' }),
    basis: Type.Optional(Type.Union([Type.Literal('account'), Type.Literal('merchant')])),
  },
  { additionalProperties: false },
);

/** An assessment as staff see it: scores and reasons, never the device or address indexes. */
export const RiskAssessmentSchema = Type.Object(
  {
    id: Type.String(),
    orderId: Type.String(),
    paymentId: Type.Union([Type.String(), Type.Null()]),
    customerId: Type.String(),
    amount: MinorAmount,
    currency: CurrencyCode,
    discount: MinorAmount,
    deviceSeen: Type.Boolean({ description: 'Whether the client sent a device id' }),
    score: Type.Integer(),
    reasons: Type.Array(RiskReasonSchema),
    decision: Type.Enum([...RISK_DECISIONS]),
    decidedBy: Type.String({ description: "'system' for the rules, else the reviewer's staff id" }),
    decidedAt: Type.String({ format: 'date-time' }),
    reviewNote: Type.Union([Type.String(), Type.Null()]),
    createdAt: Type.String({ format: 'date-time' }),
  },
  { additionalProperties: false },
);
export type RiskAssessment = Static<typeof RiskAssessmentSchema>;

export function toRiskAssessment(row: RiskAssessmentRow): RiskAssessment {
  return {
    id: row.id,
    orderId: row.orderId,
    paymentId: row.paymentId,
    customerId: row.customerId,
    amount: row.amount,
    currency: row.currency as Currency,
    discount: row.discount,
    deviceSeen: row.deviceIndex !== null,
    score: row.score,
    reasons: row.reasons,
    decision: row.decision,
    decidedBy: row.decidedBy,
    decidedAt: row.decidedAt.toISOString(),
    reviewNote: row.reviewNote,
    createdAt: row.createdAt.toISOString(),
  };
}
