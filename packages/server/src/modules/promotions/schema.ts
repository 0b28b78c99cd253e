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

export const COUPON_KINDS = ['fixed', 'percent'] as const;
export type CouponKind = (typeof COUPON_KINDS)[number];
/** all: every line; categories: products in these categories or below them; products: these products. */
export const COUPON_SCOPES = ['all', 'categories', 'products'] as const;
export type CouponScope = (typeof COUPON_SCOPES)[number];
/** code: one shared code anyone may type at checkout; claim: shoppers claim coupons into their wallet. */
export const COUPON_DISTRIBUTIONS = ['code', 'claim'] as const;
export type CouponDistribution = (typeof COUPON_DISTRIBUTIONS)[number];
export const COUPON_TEMPLATE_STATUSES = ['active', 'disabled'] as const;
export type CouponTemplateStatus = (typeof COUPON_TEMPLATE_STATUSES)[number];

/**
 * A merchant's coupon: what it takes off, when, on what, and how many. `remaining_quantity` is the number
 * of redemptions left; checkout takes one with a conditional UPDATE (`... where remaining_quantity > 0`),
 * which row-locks, so concurrent checkouts can never take more than there are. A cancelled order gives
 * its one back.
 */
export const couponTemplates = pgTable(
  'coupon_templates',
  {
    id: text('id').primaryKey(),
    merchantId: text('merchant_id').notNull(),
    name: text('name').notNull(),
    kind: text('kind', { enum: COUPON_KINDS }).notNull(),
    /** fixed: minor units off. */
    amountOff: bigint('amount_off', { mode: 'number' }),
    /** percent: whole percent off (15 = 15% off, "8.5折"). */
    percentOff: integer('percent_off'),
    /** percent: the most it takes off, in minor units; null for no cap. */
    maxDiscount: bigint('max_discount', { mode: 'number' }),
    /** The in-scope subtotal must reach this (满减 threshold), minor units. */
    minSpend: bigint('min_spend', { mode: 'number' }).notNull(),
    currency: text('currency').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    totalQuantity: integer('total_quantity').notNull(),
    remainingQuantity: integer('remaining_quantity').notNull(),
    redeemedCount: integer('redeemed_count').notNull().default(0),
    claimedCount: integer('claimed_count').notNull().default(0),
    perShopperLimit: integer('per_shopper_limit').notNull(),
    scope: text('scope', { enum: COUPON_SCOPES }).notNull(),
    scopeIds: jsonb('scope_ids').$type<string[]>().notNull(),
    distribution: text('distribution', { enum: COUPON_DISTRIBUTIONS }).notNull(),
    /** The shared code, upper-cased; null for claim coupons. */
    code: text('code'),
    status: text('status', { enum: COUPON_TEMPLATE_STATUSES }).notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('coupon_templates_code_uq')
      .on(t.merchantId, t.code)
      .where(sql`${t.code} is not null`),
    index('coupon_templates_merchant_idx').on(t.merchantId, t.status, t.id),
    // The database refuses what a bug in the conditional updates might otherwise allow.
    check('coupon_templates_remaining_ck', sql`${t.remainingQuantity} >= 0`),
    check('coupon_templates_claimed_ck', sql`${t.claimedCount} <= ${t.totalQuantity}`),
  ],
);

export const CUSTOMER_COUPON_STATUSES = ['available', 'redeemed'] as const;
export type CustomerCouponStatus = (typeof CUSTOMER_COUPON_STATUSES)[number];

/** A coupon a shopper claimed into their wallet; redeemed by an order, available again if it is cancelled. */
export const customerCoupons = pgTable(
  'customer_coupons',
  {
    id: text('id').primaryKey(),
    merchantId: text('merchant_id').notNull(),
    templateId: text('template_id')
      .notNull()
      .references(() => couponTemplates.id),
    customerId: text('customer_id').notNull(),
    status: text('status', { enum: CUSTOMER_COUPON_STATUSES }).notNull(),
    orderId: text('order_id'),
    claimedAt: timestamp('claimed_at', { withTimezone: true }).notNull().defaultNow(),
    redeemedAt: timestamp('redeemed_at', { withTimezone: true }),
  },
  (t) => [index('customer_coupons_customer_idx').on(t.merchantId, t.customerId, t.status, t.id)],
);

/**
 * Per shopper and coupon: how many they claimed and how many their live orders redeemed. Both counters
 * move by an upsert whose update is conditional on the limit, so a double submit cannot pass it.
 */
export const couponUsages = pgTable(
  'coupon_usages',
  {
    merchantId: text('merchant_id').notNull(),
    templateId: text('template_id')
      .notNull()
      .references(() => couponTemplates.id),
    customerId: text('customer_id').notNull(),
    claimed: integer('claimed').notNull(),
    redeemed: integer('redeemed').notNull(),
  },
  (t) => [primaryKey({ columns: [t.templateId, t.customerId] })],
);

export interface DiscountAllocation {
  skuId: string;
  amount: number;
}

export const REDEMPTION_STATUSES = ['redeemed', 'returned'] as const;
export type RedemptionStatus = (typeof REDEMPTION_STATUSES)[number];

/**
 * The discount line of an order: which coupon, how much, and how it splits over the lines (for partial
 * refunds). One per order; `returned` once a cancellation gave the coupon back.
 */
export const couponRedemptions = pgTable(
  'coupon_redemptions',
  {
    id: text('id').primaryKey(),
    merchantId: text('merchant_id').notNull(),
    orderId: text('order_id').notNull(),
    templateId: text('template_id')
      .notNull()
      .references(() => couponTemplates.id),
    customerCouponId: text('customer_coupon_id').references(() => customerCoupons.id),
    customerId: text('customer_id').notNull(),
    amount: bigint('amount', { mode: 'number' }).notNull(),
    currency: text('currency').notNull(),
    allocation: jsonb('allocation').$type<DiscountAllocation[]>().notNull(),
    status: text('status', { enum: REDEMPTION_STATUSES }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    returnedAt: timestamp('returned_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('coupon_redemptions_order_uq').on(t.merchantId, t.orderId),
    index('coupon_redemptions_customer_idx').on(t.merchantId, t.customerId),
  ],
);

export type CouponTemplateRow = typeof couponTemplates.$inferSelect;
export type CustomerCouponRow = typeof customerCoupons.$inferSelect;
export type CouponRedemptionRow = typeof couponRedemptions.$inferSelect;
