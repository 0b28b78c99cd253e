import { sql } from 'drizzle-orm';
import { bigint, boolean, index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

export type RateBasis = 'weight' | 'count';
export const TRACKING_STATUSES = [
  'picked_up',
  'in_transit',
  'out_for_delivery',
  'delivered',
  'exception',
  'returned',
] as const;
export type TrackingStatus = (typeof TRACKING_STATUSES)[number];
export type ShipmentStatus = TrackingStatus | 'cancelled';

/** A merchant's shipping rate card (运费模板); exactly one per merchant is the default. */
export const rateTemplates = pgTable(
  'shipping_rate_templates',
  {
    id: text('id').primaryKey(),
    merchantId: text('merchant_id').notNull(),
    name: text('name').notNull(),
    currency: text('currency').notNull(),
    basis: text('basis', { enum: ['weight', 'count'] }).notNull(),
    freeThreshold: bigint('free_threshold', { mode: 'number' }),
    isDefault: boolean('is_default').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('shipping_rate_templates_merchant_idx').on(t.merchantId),
    uniqueIndex('shipping_rate_templates_default_idx')
      .on(t.merchantId)
      .where(sql`${t.isDefault}`),
  ],
);

/**
 * First unit and each additional unit, for the provinces listed ('*' for every other one). Units are
 * grams for a weight template and pieces for a count template.
 */
export const rateRules = pgTable(
  'shipping_rate_rules',
  {
    merchantId: text('merchant_id').notNull(),
    templateId: text('template_id')
      .notNull()
      .references(() => rateTemplates.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    regions: text('regions').array().notNull(),
    firstUnit: integer('first_unit').notNull(),
    firstFee: bigint('first_fee', { mode: 'number' }).notNull(),
    additionalUnit: integer('additional_unit').notNull(),
    additionalFee: bigint('additional_fee', { mode: 'number' }).notNull(),
  },
  (t) => [uniqueIndex('shipping_rate_rules_position_idx').on(t.templateId, t.position)],
);

export const shipments = pgTable(
  'shipping_shipments',
  {
    id: text('id').primaryKey(),
    merchantId: text('merchant_id').notNull(),
    orderId: text('order_id').notNull(),
    carrier: text('carrier').notNull(),
    trackingNumber: text('tracking_number').notNull(),
    status: text('status', {
      enum: [
        'picked_up',
        'in_transit',
        'out_for_delivery',
        'delivered',
        'exception',
        'returned',
        'cancelled',
      ],
    })
      .notNull()
      .default('in_transit'),
    shippedAt: timestamp('shipped_at', { withTimezone: true }).notNull().defaultNow(),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
    lastEventAt: timestamp('last_event_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('shipping_shipments_order_idx').on(t.merchantId, t.orderId),
    // A parcel belongs to one live shipment; a cancelled one frees its number for a corrected retry.
    uniqueIndex('shipping_shipments_tracking_idx')
      .on(t.merchantId, t.carrier, t.trackingNumber)
      .where(sql`${t.status} <> 'cancelled'`),
  ],
);

export const trackingEvents = pgTable(
  'shipping_tracking_events',
  {
    id: text('id').primaryKey(),
    merchantId: text('merchant_id').notNull(),
    shipmentId: text('shipment_id')
      .notNull()
      .references(() => shipments.id, { onDelete: 'cascade' }),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    status: text('status', { enum: TRACKING_STATUSES }).notNull(),
    description: text('description').notNull(),
    location: text('location'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // Carriers resend their feeds: the same scan arriving twice is stored once.
    uniqueIndex('shipping_tracking_events_dedupe_idx').on(
      t.shipmentId,
      t.occurredAt,
      t.status,
      t.description,
    ),
  ],
);

export type RateTemplateRow = typeof rateTemplates.$inferSelect;
export type RateRuleRow = typeof rateRules.$inferSelect;
export type ShipmentRow = typeof shipments.$inferSelect;
export type TrackingEventRow = typeof trackingEvents.$inferSelect;
