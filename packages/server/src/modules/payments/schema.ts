import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

export const PAYMENT_METHODS = ['wechat_qr', 'alipay_redirect', 'card', 'instalments', 'wallet'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

export const PAYMENT_STATUSES = [
  // The risk rules held it: no charge exists at the gateway until a reviewer approves (then pending).
  'held_for_review',
  'pending',
  'succeeded',
  'failed',
  'expired',
  'refunded',
  'partially_refunded',
] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

export const INSTALMENT_COUNTS = [3, 6, 12] as const;
export type InstalmentCount = (typeof INSTALMENT_COUNTS)[number];

/** One attempt to collect an order's money through a provider. An order may have several (retries). */
export const payments = pgTable(
  'payments',
  {
    id: text('id').primaryKey(),
    merchantId: text('merchant_id').notNull(),
    orderId: text('order_id').notNull(),
    amount: bigint('amount', { mode: 'number' }).notNull(),
    currency: text('currency').notNull(),
    method: text('method', { enum: PAYMENT_METHODS }).notNull(),
    instalments: integer('instalments'),
    status: text('status', { enum: PAYMENT_STATUSES }).notNull().default('pending'),
    provider: text('provider').notNull(),
    /** Null while held for review (and after a rejection): the gateway was never asked to charge. */
    providerRef: text('provider_ref'),
    /** What the shopper's client does next (show a QR code, open a page); kept so it can be shown again. */
    nextAction: jsonb('next_action'),
    /** Kept for a held payment, whose charge (which takes it) is opened only when it is approved. */
    returnUrl: text('return_url'),
    capturedAmount: bigint('captured_amount', { mode: 'number' }).notNull().default(0),
    refundedAmount: bigint('refunded_amount', { mode: 'number' }).notNull().default(0),
    failureReason: text('failure_reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    succeededAt: timestamp('succeeded_at', { withTimezone: true }),
  },
  (t) => [
    index('payments_order_idx').on(t.merchantId, t.orderId),
    uniqueIndex('payments_provider_ref_uq').on(t.provider, t.providerRef),
    check('payments_amount_pos', sql`${t.amount} > 0`),
    // A charge was opened, or it was not: never half of one.
    check('payments_charge_whole', sql`(${t.providerRef} is null) = (${t.nextAction} is null)`),
    // The sum of refunds can never pass what was captured, whatever a caller does.
    check(
      'payments_refund_le_captured',
      sql`${t.refundedAmount} >= 0 and ${t.refundedAmount} <= ${t.capturedAmount}`,
    ),
    check(
      'payments_instalments_fit_method',
      sql`(${t.method} = 'instalments') = (${t.instalments} is not null) and (${t.instalments} is null or ${t.instalments} in (3, 6, 12))`,
    ),
  ],
);

export const paymentRefunds = pgTable(
  'payment_refunds',
  {
    id: text('id').primaryKey(),
    merchantId: text('merchant_id').notNull(),
    paymentId: text('payment_id')
      .notNull()
      .references(() => payments.id),
    amount: bigint('amount', { mode: 'number' }).notNull(),
    currency: text('currency').notNull(),
    reason: text('reason').notNull(),
    status: text('status', { enum: ['pending', 'succeeded', 'failed'] }).notNull(),
    providerRefundRef: text('provider_refund_ref'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('payment_refunds_payment_idx').on(t.merchantId, t.paymentId),
    check('payment_refunds_amount_pos', sql`${t.amount} > 0`),
  ],
);

/** Provider events already applied: a redelivered event finds its row and changes nothing. */
export const paymentWebhookEvents = pgTable(
  'payment_webhook_events',
  {
    merchantId: text('merchant_id').notNull(),
    provider: text('provider').notNull(),
    eventId: text('event_id').notNull(),
    type: text('type').notNull(),
    paymentId: text('payment_id'),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.provider, t.eventId] })],
);

/**
 * The sandbox gateway's own books: what a real gateway keeps on its side. The app's payments change only
 * when the gateway's signed webhook arrives, exactly as with a real provider.
 */
export const sandboxCharges = pgTable(
  'sandbox_charges',
  {
    providerRef: text('provider_ref').primaryKey(),
    merchantId: text('merchant_id').notNull(),
    paymentId: text('payment_id').notNull(),
    amount: bigint('amount', { mode: 'number' }).notNull(),
    currency: text('currency').notNull(),
    method: text('method', { enum: PAYMENT_METHODS }).notNull(),
    instalments: integer('instalments'),
    status: text('status', { enum: ['pending', 'succeeded', 'declined', 'closed'] })
      .notNull()
      .default('pending'),
    /** Opaque stand-in for the card the shopper typed; the number itself is never stored. */
    cardToken: text('card_token'),
    refundedAmount: bigint('refunded_amount', { mode: 'number' }).notNull().default(0),
    returnUrl: text('return_url'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('sandbox_charges_refund_le_amount', sql`${t.refundedAmount} <= ${t.amount}`)],
);
