import { Type, type Static, type TSchema } from 'typebox';
import { CurrencyCode, MinorAmount } from '../../platform/index.ts';
import {
  COUPON_DISTRIBUTIONS,
  COUPON_KINDS,
  COUPON_SCOPES,
  COUPON_TEMPLATE_STATUSES,
  type CouponTemplateRow,
} from './schema.ts';

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const Timestamp = Type.String({ format: 'date-time' });

/** The terms a shopper may see: what it takes off, on what, when. */
export const StoreCouponSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  kind: Type.Enum(COUPON_KINDS),
  amountOff: Nullable(MinorAmount),
  percentOff: Nullable(Type.Integer({ minimum: 1, maximum: 99 })),
  maxDiscount: Nullable(MinorAmount),
  minSpend: MinorAmount,
  currency: CurrencyCode,
  startsAt: Timestamp,
  endsAt: Timestamp,
  scope: Type.Enum(COUPON_SCOPES),
  scopeIds: Type.Array(Type.String()),
  distribution: Type.Enum(COUPON_DISTRIBUTIONS),
});
export type StoreCouponView = Static<typeof StoreCouponSchema>;

/** The console's view: the terms plus the counters and the code. */
export const CouponTemplateSchema = Type.Object({
  ...StoreCouponSchema.properties,
  code: Nullable(Type.String()),
  status: Type.Enum(COUPON_TEMPLATE_STATUSES),
  totalQuantity: Type.Integer({ minimum: 1 }),
  remainingQuantity: Type.Integer({ minimum: 0 }),
  redeemedCount: Type.Integer({ minimum: 0 }),
  claimedCount: Type.Integer({ minimum: 0 }),
  perShopperLimit: Type.Integer({ minimum: 1 }),
  createdAt: Timestamp,
});
export type CouponTemplateView = Static<typeof CouponTemplateSchema>;

/** Whether a coupon would apply to the shopper's cart as it is now, and for how much. */
export const ApplicabilitySchema = Type.Object({
  applicable: Type.Boolean(),
  /** Why not: a COUPON_* error code. */
  code: Nullable(Type.String()),
  discount: MinorAmount,
  /** For COUPON_THRESHOLD_NOT_MET: how much more in-scope spend it needs. */
  shortBy: Nullable(MinorAmount),
});
export type Applicability = Static<typeof ApplicabilitySchema>;

export const MyCouponSchema = Type.Object({
  id: Type.String(),
  status: Type.Union([Type.Literal('available'), Type.Literal('redeemed')]),
  claimedAt: Timestamp,
  coupon: StoreCouponSchema,
  applicability: ApplicabilitySchema,
});
export type MyCouponView = Static<typeof MyCouponSchema>;

export const CouponQuoteSchema = Type.Object({
  coupon: StoreCouponSchema,
  /** The claimed coupon quoted, null for a shared code. */
  couponId: Nullable(Type.String()),
  currency: CurrencyCode,
  subtotal: MinorAmount,
  eligibleSubtotal: MinorAmount,
  discount: MinorAmount,
});
export type CouponQuoteView = Static<typeof CouponQuoteSchema>;

export function toStoreCoupon(row: CouponTemplateRow): StoreCouponView {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    amountOff: row.amountOff,
    percentOff: row.percentOff,
    maxDiscount: row.maxDiscount,
    minSpend: row.minSpend,
    currency: row.currency as StoreCouponView['currency'],
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    scope: row.scope,
    scopeIds: row.scopeIds,
    distribution: row.distribution,
  };
}

export function toCouponTemplate(row: CouponTemplateRow): CouponTemplateView {
  return {
    ...toStoreCoupon(row),
    code: row.code,
    status: row.status,
    totalQuantity: row.totalQuantity,
    remainingQuantity: row.remainingQuantity,
    redeemedCount: row.redeemedCount,
    claimedCount: row.claimedCount,
    perShopperLimit: row.perShopperLimit,
    createdAt: row.createdAt.toISOString(),
  };
}
