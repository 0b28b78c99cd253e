import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { unwrap, type Runtime } from '../../platform/index.ts';
import { getOrder } from '../../modules/orders/index.ts';
import {
  InstalmentsSchema,
  listPaymentsForOrder,
  NextActionSchema,
  PaymentMethodSchema,
  PaymentSchema,
} from '../../modules/payments/index.ts';
import { answerIdempotently, IdempotencyHeaders } from '../idempotent-route.ts';
import { payOrderWorkflow } from './index.ts';

const Params = Type.Object({ id: Type.String({ maxLength: 64 }) }, { additionalProperties: false });
const PayBody = Type.Object(
  {
    method: PaymentMethodSchema,
    instalments: Type.Optional(InstalmentsSchema),
    returnUrl: Type.Optional(Type.String({ format: 'uri', maxLength: 2000 })),
  },
  { additionalProperties: false },
);
const PaymentStarted = Type.Object({
  payment: PaymentSchema,
  nextAction: Type.Union([NextActionSchema, Type.Null()], {
    description: 'Null when the payment is held_for_review: the shop reviews it before it can be paid',
  }),
});
const PayHeaders = Type.Object({
  ...IdempotencyHeaders.properties,
  'x-device-id': Type.Optional(
    Type.String({
      minLength: 1,
      maxLength: 128,
      description: "The app's stable id for this device: a fraud signal, stored only as a keyed hash",
    }),
  ),
});

export const payOrderRoute: FastifyPluginAsyncTypebox<{ runtime: Runtime }> = async (app) => {
  app.post(
    '/orders/:id/payments',
    {
      config: { shopper: true },
      schema: {
        tags: ['orders'],
        summary: 'Start paying an order; follow nextAction',
        headers: PayHeaders,
        params: Params,
        body: PayBody,
        response: { 201: PaymentStarted },
      },
    },
    async (request, reply) =>
      answerIdempotently(request, reply, 'order-payment', async (tx) =>
        unwrap(
          await payOrderWorkflow(tx, {
            orderId: request.params.id,
            ...request.body,
            deviceId: request.headers['x-device-id'],
          }),
        ),
      ),
  );

  // How a shopper whose payment was held learns it was approved (its nextAction appears) or rejected.
  app.get(
    '/orders/:id/payments',
    {
      config: { shopper: true },
      schema: {
        tags: ['orders'],
        summary: "The shopper's payment attempts for their order, oldest first",
        params: Params,
        response: { 200: Type.Object({ items: Type.Array(PaymentSchema) }, { additionalProperties: false }) },
      },
    },
    async (request) => {
      const order = unwrap(await getOrder(request.ctx, request.params.id));
      return { items: await listPaymentsForOrder(request.ctx, order.id) };
    },
  );
};
