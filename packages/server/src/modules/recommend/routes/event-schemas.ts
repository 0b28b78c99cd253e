import { Type, type Static } from 'typebox';
import { DEVICE_CLASSES, EVENT_TYPES } from '../events/event-types.ts';

export const MAX_EVENTS_PER_BATCH = 50;

const ClientEventSchema = Type.Object(
  {
    type: Type.Enum([...EVENT_TYPES]),
    productId: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
    at: Type.String({ format: 'date-time', maxLength: 40, description: "The client's clock" }),
    value: Type.Optional(
      Type.Integer({ minimum: 0, maximum: 86_400_000, description: 'Dwell milliseconds, or a quantity' }),
    ),
  },
  { additionalProperties: false },
);

export const EventBatchBody = Type.Object(
  {
    sessionId: Type.String({
      pattern: '^[A-Za-z0-9_-]{8,64}$',
      description: 'A random id the storefront keeps for this visit',
    }),
    device: Type.Enum([...DEVICE_CLASSES]),
    events: Type.Array(ClientEventSchema, { minItems: 1, maxItems: MAX_EVENTS_PER_BATCH }),
  },
  { additionalProperties: false },
);
export type EventBatchBody = Static<typeof EventBatchBody>;

export const EventBatchResult = Type.Object({
  accepted: Type.Integer({ description: 'Events stored' }),
  ignored: Type.Integer({ description: 'Events about products not on sale, dropped' }),
});
