import { Type, type Static } from 'typebox';
import { DEVICE_CLASSES } from '../events/event-types.ts';
import { SURFACES } from '../ranking/generate-candidates.ts';
import { EXPLANATION_CODES } from '../ranking/explanations.ts';
import { TIME_SLOTS } from '../context/shopping-context.ts';

const literals = <const T extends string>(values: readonly T[]) => Type.Enum([...values]);

export const RecommendationQuery = Type.Object(
  {
    surface: literals(SURFACES),
    productId: Type.Optional(
      Type.Array(Type.String({ minLength: 1, maxLength: 64 }), {
        maxItems: 20,
        description:
          'The product shown (product), bought (after_purchase) or the cart lines (cart); repeatable',
      }),
    ),
    limit: Type.Integer({ minimum: 1, maximum: 50, default: 10 }),
    sessionId: Type.Optional(Type.String({ pattern: '^[A-Za-z0-9_-]{8,64}$' })),
    hour: Type.Optional(Type.Integer({ minimum: 0, maximum: 23, description: "The shopper's local hour" })),
    device: Type.Optional(literals(DEVICE_CLASSES)),
  },
  { additionalProperties: false },
);
export type RecommendationQuery = Static<typeof RecommendationQuery>;

const Nullable = <T extends ReturnType<typeof Type.String>>(schema: T) => Type.Union([schema, Type.Null()]);

export const RecommendationsSchema = Type.Object({
  surface: literals(SURFACES),
  personalised: Type.Boolean({
    description: "False when the shopper's history was not used (no consent, or a guest)",
  }),
  context: Type.Object({
    slot: literals(TIME_SLOTS),
    season: literals(['spring', 'summer', 'autumn', 'winter']),
    festival: Type.Union([literals(['618', 'double_11', 'double_12', 'spring_festival']), Type.Null()]),
  }),
  items: Type.Array(
    Type.Object({
      product: Type.Object({
        id: Type.String(),
        title: Type.String(),
        subtitle: Nullable(Type.String()),
        imageUrl: Nullable(Type.String()),
        priceFrom: Type.Integer(),
        currency: Type.String(),
        brand: Type.Union([Type.Object({ id: Type.String(), name: Type.String() }), Type.Null()]),
        categoryId: Nullable(Type.String()),
        tags: Type.Array(Type.String()),
      }),
      score: Type.Number(),
      explanation: Type.Object({
        code: literals(EXPLANATION_CODES),
        params: Type.Record(Type.String(), Type.Union([Type.String(), Type.Number()])),
        text: Type.String(),
      }),
    }),
  ),
});
