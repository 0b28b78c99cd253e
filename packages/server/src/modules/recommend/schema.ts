import { sql } from 'drizzle-orm';
import { bigint, index, integer, pgTable, smallint, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/**
 * One narrow row per shopper action. The type and device are small integers (events/event-types.ts) so a
 * busy shop's history stays compact; rows are purged after the `behaviour` retention period.
 * `customerId` is set only when the shopper had personalisation consent at the time: otherwise the row
 * belongs to its session alone and is never joined to the person.
 */
export const recommendEvents = pgTable(
  'recommend_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    merchantId: text('merchant_id').notNull(),
    /** The storefront's random session id, or the order id for purchases taken from paid orders. */
    sessionKey: text('session_key').notNull(),
    customerId: text('customer_id'),
    type: smallint('type').notNull(),
    productId: text('product_id'),
    /** Dwell milliseconds, or the quantity bought. */
    value: integer('value'),
    device: smallint('device').notNull(),
    /** Set on purchases recorded from a paid order: these alone count for repurchase cycles. */
    orderId: text('order_id'),
    /** The size bought (from the SKU's specs), for the profile's sizes; purchases only. */
    size: text('size'),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('recommend_events_merchant_time_idx').on(t.merchantId, t.at),
    index('recommend_events_customer_idx').on(t.merchantId, t.customerId, t.at),
    index('recommend_events_session_idx').on(t.merchantId, t.sessionKey, t.at),
    // At-least-once delivery of order events: a paid order's lines are recorded once.
    uniqueIndex('recommend_events_order_line_idx')
      .on(t.merchantId, t.orderId, t.productId)
      .where(sql`${t.orderId} is not null`),
  ],
);

/**
 * Each merchant's latest model build: processes compare the version with the one they hold in memory and
 * rebuild when it moved, so a retrain run by one process reaches all of them, and survives restarts.
 */
export const recommendModelRuns = pgTable('recommend_model_runs', {
  merchantId: text('merchant_id').primaryKey(),
  version: integer('version').notNull(),
  /** The highest event id the build read; the next run retrains only when newer events exist. */
  eventWatermark: bigint('event_watermark', { mode: 'number' }).notNull(),
  sessions: integer('sessions').notNull(),
  trainedAt: timestamp('trained_at', { withTimezone: true }).notNull(),
});
