import { Type, type Static } from 'typebox';

const Rate = Type.Union([Type.Number({ minimum: 0 }), Type.Null()]);

export const FunnelSchema = Type.Object({
  from: Type.String({ format: 'date-time' }),
  to: Type.String({ format: 'date-time' }),
  steps: Type.Array(
    Type.Object({
      step: Type.Union([
        Type.Literal('view'),
        Type.Literal('add_to_cart'),
        Type.Literal('order_placed'),
        Type.Literal('paid'),
      ]),
      shoppers: Type.Integer({ minimum: 0 }),
      /** shoppers / the previous step's shoppers; null for the first step or when the previous is 0. */
      fromPrevious: Rate,
      fromFirst: Rate,
    }),
  ),
  orders: Type.Object({ placed: Type.Integer({ minimum: 0 }), paid: Type.Integer({ minimum: 0 }) }),
});
export type FunnelView = Static<typeof FunnelSchema>;

const Cells = Type.Array(
  Type.Object({
    band: Type.String(),
    count: Type.Union([Type.Integer({ minimum: 0 }), Type.Null()], {
      description: 'null: fewer than k ("<5")',
    }),
  }),
);

export const PortraitSchema = Type.Object({
  k: Type.Integer({ description: 'Bands with fewer people than this are suppressed' }),
  /** Consenting shoppers counted; null when fewer than k (then no dimension is shown). */
  shoppers: Type.Union([Type.Integer({ minimum: 0 }), Type.Null()]),
  dimensions: Type.Union([
    Type.Object({ age: Cells, gender: Cells, cityTier: Cells, income: Cells }),
    Type.Null(),
  ]),
});
export type PortraitView = Static<typeof PortraitSchema>;
