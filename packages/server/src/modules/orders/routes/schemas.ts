import { Type } from 'typebox';
import { FreeText, pageOf, PageQuery } from '../../../platform/index.ts';
import { OrderSchema, OrderStatusSchema } from '../views.ts';

export const OrderIdParams = Type.Object(
  { id: Type.String({ maxLength: 64 }) },
  { additionalProperties: false },
);

export const StoreOrderQuery = Type.Object(
  { ...PageQuery.properties, status: Type.Optional(OrderStatusSchema) },
  { additionalProperties: false },
);

export const AdminOrderQuery = Type.Object(
  {
    ...PageQuery.properties,
    status: Type.Optional(OrderStatusSchema),
    customerId: Type.Optional(Type.String({ maxLength: 64 })),
    from: Type.Optional(
      Type.String({ format: 'date-time', maxLength: 40, description: 'Placed at or after' }),
    ),
    to: Type.Optional(Type.String({ format: 'date-time', maxLength: 40, description: 'Placed before' })),
  },
  { additionalProperties: false },
);

export const OrderPage = pageOf(OrderSchema);

export const ReasonBody = Type.Object(
  { reason: FreeText({ minLength: 1, maxLength: 500 }) },
  { additionalProperties: false },
);
