import { Type, type Static, type TSchema } from 'typebox';
import { CurrencyCode, MinorAmount } from '../../platform/index.ts';

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const Unit = Type.Integer({
  minimum: 1,
  maximum: 1_000_000,
  description: 'Grams (weight basis) or pieces (count basis)',
});

export const RateBasis = Type.Union([Type.Literal('weight'), Type.Literal('count')]);

export const RateRuleInput = Type.Object(
  {
    regions: Type.Array(Type.String({ minLength: 1, maxLength: 30 }), {
      minItems: 1,
      maxItems: 40,
      description: "Province names; ['*'] for every province no other rule names",
    }),
    firstUnit: Unit,
    firstFee: MinorAmount,
    additionalUnit: Unit,
    additionalFee: MinorAmount,
  },
  { additionalProperties: false },
);
export type RateRuleInput = Static<typeof RateRuleInput>;

export const RateTemplateInput = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 100 }),
    currency: CurrencyCode,
    basis: RateBasis,
    rules: Type.Array(RateRuleInput, { minItems: 1, maxItems: 50 }),
    freeThreshold: Type.Optional(Nullable(MinorAmount)),
    isDefault: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type RateTemplateInput = Static<typeof RateTemplateInput>;

export const RateTemplateView = Type.Object({
  id: Type.String(),
  name: Type.String(),
  currency: Type.String(),
  basis: RateBasis,
  rules: Type.Array(RateRuleInput),
  freeThreshold: Nullable(Type.Integer()),
  isDefault: Type.Boolean(),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
});
export type RateTemplateView = Static<typeof RateTemplateView>;

export const QuoteInput = Type.Object(
  {
    templateId: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
    province: Type.String({ minLength: 1, maxLength: 30 }),
    items: Type.Array(
      Type.Object(
        {
          quantity: Type.Integer({ minimum: 1, maximum: 10_000 }),
          weightGrams: Type.Integer({ minimum: 0, maximum: 1_000_000 }),
        },
        { additionalProperties: false },
      ),
      { minItems: 1, maxItems: 200 },
    ),
    subtotal: MinorAmount,
  },
  { additionalProperties: false },
);
export type QuoteInput = Static<typeof QuoteInput>;

export const QuoteView = Type.Object({
  amount: Type.Integer(),
  currency: Type.String(),
  templateId: Type.String(),
});
export type ShippingQuote = Static<typeof QuoteView>;

export const TrackingStatus = Type.Union([
  Type.Literal('picked_up'),
  Type.Literal('in_transit'),
  Type.Literal('out_for_delivery'),
  Type.Literal('delivered'),
  Type.Literal('exception'),
  Type.Literal('returned'),
]);

export const TrackingEventInput = Type.Object(
  {
    occurredAt: Type.String({ format: 'date-time', maxLength: 40 }),
    status: TrackingStatus,
    description: Type.String({ minLength: 1, maxLength: 500 }),
    location: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
  },
  { additionalProperties: false },
);
export type TrackingEventInput = Static<typeof TrackingEventInput>;

export const ShipmentInput = Type.Object(
  {
    orderId: Type.String({ minLength: 1, maxLength: 64 }),
    carrier: Type.String({ minLength: 1, maxLength: 40, description: 'Carrier code, e.g. SF, ZTO, YTO' }),
    trackingNumber: Type.String({ minLength: 4, maxLength: 64, pattern: '^[A-Za-z0-9-]+$' }),
  },
  { additionalProperties: false },
);
export type ShipmentInput = Static<typeof ShipmentInput>;

export const TrackingEventView = Type.Object({
  id: Type.String(),
  occurredAt: Type.String({ format: 'date-time' }),
  status: TrackingStatus,
  description: Type.String(),
  location: Nullable(Type.String()),
});

export const ShipmentView = Type.Object({
  id: Type.String(),
  orderId: Type.String(),
  carrier: Type.String(),
  trackingNumber: Type.String(),
  status: Type.Union([TrackingStatus, Type.Literal('cancelled')]),
  shippedAt: Type.String({ format: 'date-time' }),
  deliveredAt: Nullable(Type.String({ format: 'date-time' })),
  events: Type.Array(TrackingEventView, { description: 'Newest first' }),
});
export type ShipmentView = Static<typeof ShipmentView>;
