import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { unwrap, type Runtime } from '../../../platform/index.ts';
import { getPayment, listPaymentsForOrder, listRefunds } from '../services/get-payment.ts';
import { PaymentSchema, RefundSchema } from '../views.ts';

const ID = (prefix: string) => Type.String({ pattern: `^${prefix}_[0-9a-z]{26}$`, maxLength: 40 });

export const paymentsAdminRoutes: FastifyPluginAsyncTypebox<{ runtime: Runtime }> = async (app) => {
  const common = { tags: ['payments'], security: [{ bearer: [] }] };

  app.get(
    '/payments',
    {
      config: { permission: 'orders:read' },
      schema: {
        ...common,
        summary: "An order's payment attempts, oldest first",
        querystring: Type.Object({ orderId: ID('ord') }, { additionalProperties: false }),
        response: { 200: Type.Object({ items: Type.Array(PaymentSchema) }, { additionalProperties: false }) },
      },
    },
    async (request) => ({ items: await listPaymentsForOrder(request.ctx, request.query.orderId) }),
  );

  app.get(
    '/payments/:paymentId',
    {
      config: { permission: 'orders:read' },
      schema: {
        ...common,
        summary: 'A payment and its refunds',
        params: Type.Object({ paymentId: ID('pay') }, { additionalProperties: false }),
        response: {
          200: Type.Object(
            { payment: PaymentSchema, refunds: Type.Array(RefundSchema) },
            { additionalProperties: false },
          ),
        },
      },
    },
    async (request) => {
      const payment = unwrap(await getPayment(request.ctx, request.params.paymentId));
      return { payment, refunds: await listRefunds(request.ctx, payment.id) };
    },
  );
};
