import { sql } from 'drizzle-orm';
import { index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/**
 * A guest's cart is found by its token, a signed-in shopper's by customer id. Only the SHA-256 of the
 * token is kept, so the table cannot be used to hijack guests' carts. No prices are stored: they are
 * recomputed from the catalog on every read.
 */
export const carts = pgTable(
  'carts',
  {
    id: text('id').primaryKey(),
    merchantId: text('merchant_id').notNull(),
    customerId: text('customer_id'),
    tokenHash: text('token_hash'),
    currency: text('currency').notNull(),
    status: text('status', { enum: ['active', 'merged'] })
      .notNull()
      .default('active'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // One active cart per shopper, so concurrent first adds cannot each create one.
    uniqueIndex('carts_customer_active_uq')
      .on(t.merchantId, t.customerId)
      .where(sql`${t.customerId} is not null and ${t.status} = 'active'`),
    uniqueIndex('carts_token_uq').on(t.tokenHash),
  ],
);

export const cartItems = pgTable(
  'cart_items',
  {
    id: text('id').primaryKey(),
    merchantId: text('merchant_id').notNull(),
    cartId: text('cart_id')
      .notNull()
      .references(() => carts.id, { onDelete: 'cascade' }),
    skuId: text('sku_id').notNull(),
    quantity: integer('quantity').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('cart_items_cart_sku_uq').on(t.cartId, t.skuId),
    index('cart_items_merchant_idx').on(t.merchantId),
  ],
);

export type CartRow = typeof carts.$inferSelect;
export type CartItemRow = typeof cartItems.$inferSelect;
