import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { unwrap, type Runtime } from '../../platform/index.ts';
import {
  InstalmentsSchema,
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
const PaymentStarted = Type.Object({ payment: PaymentSchema, nextAction: NextActionSchema });

export const payOrderRoute: FastifyPluginAsyncTypebox<{ runtime: Runtime }> = async (app) => {
  app.post(
    '/orders/:id/payments',
    {
      config: { shopper: true },
      schema: {
        tags: ['orders'],
        summary: 'Start paying an order; follow nextAction',
        headers: IdempotencyHeaders,
        params: Params,
        body: PayBody,
        response: { 201: PaymentStarted },
      },
    },
    async (request, reply) =>
      answerIdempotently(request, reply, 'order-payment', async (tx) =>
        unwrap(await payOrderWorkflow(tx, { orderId: request.params.id, ...request.body })),
      ),
  );
};
