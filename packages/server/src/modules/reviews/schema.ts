import { sql } from 'drizzle-orm';
import {
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

export const REVIEW_STATUSES = ['visible', 'hidden'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/**
 * A shopper's review of a SKU from one of their delivered or completed orders: one per order item (a
 * unique index, so a double submit cannot make two). `reviewer_name` is stored masked ("张*"): the full
 * name is never copied here. Erasure empties customer, name, text and images and keeps the rating.
 */
export const reviews = pgTable(
  'reviews',
  {
    id: text('id').primaryKey(),
    merchantId: text('merchant_id').notNull(),
    productId: text('product_id').notNull(),
    skuId: text('sku_id').notNull(),
    /** The SKU's specs when bought ("colour: red, size: 42"), shown beside the review. */
    specs: jsonb('specs').$type<Record<string, string>>().notNull(),
    orderId: text('order_id').notNull(),
    orderItemId: text('order_item_id').notNull(),
    /** Null once the reviewer's data was erased. */
    customerId: text('customer_id'),
    reviewerName: text('reviewer_name'),
    rating: integer('rating').notNull(),
    body: text('body').notNull(),
    imageUrls: jsonb('image_urls').$type<string[]>().notNull(),
    status: text('status', { enum: REVIEW_STATUSES }).notNull(),
    hiddenBy: text('hidden_by'),
    hiddenAt: timestamp('hidden_at', { withTimezone: true }),
    hiddenReason: text('hidden_reason'),
    reply: text('reply'),
    repliedBy: text('replied_by'),
    repliedAt: timestamp('replied_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('reviews_order_item_uq').on(t.merchantId, t.orderItemId),
    // Ids are ULIDs: (merchant, product, status, id) serves "latest visible reviews" with an id cursor.
    index('reviews_product_idx').on(t.merchantId, t.productId, t.status, t.id),
    index('reviews_merchant_idx').on(t.merchantId, t.status, t.id),
    index('reviews_created_idx').on(t.merchantId, t.createdAt),
    index('reviews_customer_idx').on(t.merchantId, t.customerId),
    check('reviews_rating_ck', sql`${t.rating} between 1 and 5`),
  ],
);

/**
 * A product's visible reviews, counted: kept current in the transaction that creates, hides or restores
 * a review, so the product page reads one row instead of aggregating.
 */
export const productRatings = pgTable(
  'product_ratings',
  {
    merchantId: text('merchant_id').notNull(),
    productId: text('product_id').notNull(),
    reviewCount: integer('review_count').notNull(),
    ratingSum: integer('rating_sum').notNull(),
    rating1: integer('rating_1').notNull(),
    rating2: integer('rating_2').notNull(),
    rating3: integer('rating_3').notNull(),
    rating4: integer('rating_4').notNull(),
    rating5: integer('rating_5').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.merchantId, t.productId] }),
    check('product_ratings_count_ck', sql`${t.reviewCount} >= 0`),
  ],
);

export type ReviewRow = typeof reviews.$inferSelect;
export type ProductRatingRow = typeof productRatings.$inferSelect;
