import { sql } from 'drizzle-orm';
import { bigint, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import type { RiskReason } from './rules.ts';
import type { RiskThresholds } from './thresholds.ts';

/**
 * allowed / held: what the rules decided; approved / rejected: a reviewer's decision on a held one;
 * released: the attempt was abandoned (its workflow failed); lapsed: its order was cancelled while held.
 */
export const RISK_DECISIONS = ['allowed', 'held', 'approved', 'rejected', 'released', 'lapsed'] as const;
export type RiskDecision = (typeof RISK_DECISIONS)[number];

/**
 * One payment attempt's signals, score and decision: the rules count these rows, and the row is the
 * review trail (who decided, when). Device and address are keyed blind indexes (HMAC under the vault's
 * blind-index key), never the values: equal ones can be counted, neither can be read back.
 */
export const riskAssessments = pgTable(
  'risk_assessments',
  {
    id: text('id').primaryKey(),
    merchantId: text('merchant_id').notNull(),
    orderId: text('order_id').notNull(),
    /** Set once the payment exists (the assessment is made before it is opened). */
    paymentId: text('payment_id'),
    customerId: text('customer_id').notNull(),
    deviceIndex: text('device_index'),
    addressIndex: text('address_index'),
    amount: bigint('amount', { mode: 'number' }).notNull(),
    currency: text('currency').notNull(),
    /** The order's discount: coupons have no module yet, so any discount counts as one. */
    discount: bigint('discount', { mode: 'number' }).notNull(),
    score: integer('score').notNull(),
    reasons: jsonb('reasons').$type<RiskReason[]>().notNull(),
    decision: text('decision', { enum: RISK_DECISIONS }).notNull(),
    /** 'system' for the rules' own decisions, else the reviewer's staff id. */
    decidedBy: text('decided_by').notNull(),
    decidedAt: timestamp('decided_at', { withTimezone: true }).notNull(),
    reviewNote: text('review_note'),
    /** When payment.succeeded arrived: paid attempts make the medians the amount rule compares with. */
    paidAt: timestamp('paid_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('risk_assessments_customer_idx').on(t.merchantId, t.customerId, t.createdAt),
    index('risk_assessments_device_idx')
      .on(t.merchantId, t.deviceIndex, t.createdAt)
      .where(sql`${t.deviceIndex} is not null`),
    index('risk_assessments_address_idx')
      .on(t.merchantId, t.addressIndex, t.createdAt)
      .where(sql`${t.addressIndex} is not null`),
    index('risk_assessments_decision_idx').on(t.merchantId, t.decision, t.id),
    index('risk_assessments_order_idx').on(t.merchantId, t.orderId),
    index('risk_assessments_paid_idx')
      .on(t.merchantId, t.paidAt)
      .where(sql`${t.paidAt} is not null`),
    uniqueIndex('risk_assessments_payment_uq').on(t.merchantId, t.paymentId),
  ],
);

/** A merchant's own limits and points; merchants without a row use DEFAULT_RISK_THRESHOLDS. */
export const riskSettings = pgTable('risk_settings', {
  merchantId: text('merchant_id').primaryKey(),
  thresholds: jsonb('thresholds').$type<RiskThresholds>().notNull(),
  updatedBy: text('updated_by').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});

export type RiskAssessmentRow = typeof riskAssessments.$inferSelect;
