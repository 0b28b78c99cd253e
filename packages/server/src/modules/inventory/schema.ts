import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

/**
 * One row per SKU a merchant stocks. The checks are the last line of defence against overselling:
 * even a buggy caller cannot commit a reserved count above what is on hand.
 */
export const stockLevels = pgTable(
  'stock_levels',
  {
    merchantId: text('merchant_id').notNull(),
    skuId: text('sku_id').notNull(),
    onHand: integer('on_hand').notNull().default(0),
    reserved: integer('reserved').notNull().default(0),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.merchantId, t.skuId] }),
    check('stock_levels_on_hand_nonneg', sql`${t.onHand} >= 0`),
    check('stock_levels_reserved_nonneg', sql`${t.reserved} >= 0`),
    check('stock_levels_reserved_le_on_hand', sql`${t.reserved} <= ${t.onHand}`),
  ],
);

/** Units held for an order: one row per order and SKU, so retries and returns find the same row. */
export const stockReservations = pgTable(
  'stock_reservations',
  {
    id: text('id').primaryKey(),
    merchantId: text('merchant_id').notNull(),
    orderId: text('order_id').notNull(),
    skuId: text('sku_id').notNull(),
    quantity: integer('quantity').notNull(),
    status: text('status', { enum: ['active', 'committed', 'released'] }).notNull(),
    /** Units of a committed reservation that came back (returns, refunds); never above quantity. */
    returnedQuantity: integer('returned_quantity').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    committedAt: timestamp('committed_at', { withTimezone: true }),
    releasedAt: timestamp('released_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('stock_reservations_order_sku_uq').on(t.merchantId, t.orderId, t.skuId),
    check('stock_reservations_quantity_pos', sql`${t.quantity} > 0`),
    check(
      'stock_reservations_returned_range',
      sql`${t.returnedQuantity} >= 0 and ${t.returnedQuantity} <= ${t.quantity}`,
    ),
  ],
);

export const MOVEMENT_KINDS = ['adjustment', 'reservation', 'release', 'commit', 'return'] as const;
export type MovementKind = (typeof MOVEMENT_KINDS)[number];

/** Append-only audit ledger: every change to on_hand or reserved, with who caused it and why. */
export const stockMovements = pgTable(
  'stock_movements',
  {
    id: text('id').primaryKey(),
    merchantId: text('merchant_id').notNull(),
    skuId: text('sku_id').notNull(),
    kind: text('kind', { enum: MOVEMENT_KINDS }).notNull(),
    onHandDelta: integer('on_hand_delta').notNull(),
    reservedDelta: integer('reserved_delta').notNull(),
    orderId: text('order_id'),
    reason: text('reason'),
    /** `stf_…`, `cus_…` or `system:<reason>`: an id, never a name. */
    actor: text('actor').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('stock_movements_sku_idx').on(t.merchantId, t.skuId, t.id)],
);
