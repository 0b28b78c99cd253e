import { bigint, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import type { OrderStatus, RefundableStatus } from './state-machine.ts';

/** Copied from the customer's address book at checkout, so later edits there never rewrite an order. */
export interface AddressSnapshot {
  recipient: string;
  phone: string;
  province: string;
  city: string;
  district: string;
  line1: string;
  line2: string | null;
  postalCode: string | null;
}

export const orders = pgTable(
  'orders',
  {
    id: text('id').primaryKey(),
    merchantId: text('merchant_id').notNull(),
    customerId: text('customer_id').notNull(),
    status: text('status').$type<OrderStatus>().notNull(),
    statusBeforeRefundRequest: text('status_before_refund_request').$type<RefundableStatus>(),
    currency: text('currency').notNull(),
    subtotal: bigint('subtotal', { mode: 'number' }).notNull(),
    shippingFee: bigint('shipping_fee', { mode: 'number' }).notNull(),
    discount: bigint('discount', { mode: 'number' }).notNull().default(0),
    total: bigint('total', { mode: 'number' }).notNull(),
    refundedAmount: bigint('refunded_amount', { mode: 'number' }).notNull().default(0),
    // The delivery address: region in clear (shipping rates, sales by region), the rest sealed by the
    // privacy vault under the customer's data key. Erasure shreds that key: the order keeps its amounts
    // and region for the accounts, nothing that names or locates the person.
    shipProvince: text('ship_province'),
    shipCity: text('ship_city'),
    recipientSealed: text('recipient_sealed'),
    phoneSealed: text('phone_sealed'),
    districtSealed: text('district_sealed'),
    line1Sealed: text('line1_sealed'),
    line2Sealed: text('line2_sealed'),
    postalCodeSealed: text('postal_code_sealed'),
    /** Plaintext address of databases created before the vault; sealed and emptied at boot. */
    legacyAddress: jsonb('address').$type<AddressSnapshot>(),
    shippingTemplateId: text('shipping_template_id'),
    note: text('note'),
    /** The payment that paid the order; later duplicate payments are refunded, not recorded here. */
    paymentId: text('payment_id'),
    paymentDeadline: timestamp('payment_deadline', { withTimezone: true }).notNull(),
    cancelReason: text('cancel_reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    paidAt: timestamp('paid_at', { withTimezone: true }),
    shippedAt: timestamp('shipped_at', { withTimezone: true }),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    refundedAt: timestamp('refunded_at', { withTimezone: true }),
  },
  (t) => [
    // Ids are ULIDs, so (merchant, customer, id) serves "my orders, newest first" with an id cursor.
    index('orders_customer_idx').on(t.merchantId, t.customerId, t.id),
    index('orders_status_idx').on(t.merchantId, t.status, t.id),
    index('orders_created_idx').on(t.merchantId, t.createdAt),
  ],
);

export const orderItems = pgTable(
  'order_items',
  {
    id: text('id').primaryKey(),
    merchantId: text('merchant_id').notNull(),
    orderId: text('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    skuId: text('sku_id').notNull(),
    productId: text('product_id').notNull(),
    productTitle: text('product_title').notNull(),
    skuCode: text('sku_code').notNull(),
    specs: jsonb('specs').$type<Record<string, string>>().notNull(),
    imageUrl: text('image_url'),
    weightGrams: integer('weight_grams').notNull(),
    unitPrice: bigint('unit_price', { mode: 'number' }).notNull(),
    listPrice: bigint('list_price', { mode: 'number' }),
    quantity: integer('quantity').notNull(),
    lineTotal: bigint('line_total', { mode: 'number' }).notNull(),
    currency: text('currency').notNull(),
  },
  (t) => [index('order_items_order_idx').on(t.orderId)],
);

/** Every status change, append-only: the shopper's timeline and the merchant's audit trail. */
export const orderTransitions = pgTable(
  'order_transitions',
  {
    id: text('id').primaryKey(),
    merchantId: text('merchant_id').notNull(),
    orderId: text('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    /** Null for the order's creation. */
    fromStatus: text('from_status').$type<OrderStatus>(),
    toStatus: text('to_status').$type<OrderStatus>().notNull(),
    actorKind: text('actor_kind', { enum: ['system', 'guest', 'shopper', 'staff'] }).notNull(),
    /** Customer or staff id; for the system, what acted (a job or an event). */
    actorId: text('actor_id'),
    reason: text('reason'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('order_transitions_order_idx').on(t.orderId, t.id)],
);

export type OrderRow = typeof orders.$inferSelect;
export type OrderItemRow = typeof orderItems.$inferSelect;
export type OrderTransitionRow = typeof orderTransitions.$inferSelect;
