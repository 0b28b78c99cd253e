import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { FreeText, MAX_MINOR_AMOUNT, MinorAmount, unwrap, type Runtime } from '../../platform/index.ts';
import { getOrder, OrderDetailSchema } from '../../modules/orders/index.ts';
import { answerIdempotently, IdempotencyHeaders } from '../idempotent-route.ts';
import { refundOrderWorkflow } from './index.ts';

const Params = Type.Object({ id: Type.String({ maxLength: 64 }) }, { additionalProperties: false });
const RefundBody = Type.Object(
  {
    amount: Type.Optional(
      Type.Integer({ minimum: 1, maximum: MAX_MINOR_AMOUNT, description: 'Minor units' }),
    ),
    reason: FreeText({ minLength: 1, maxLength: 200 }),
  },
  { additionalProperties: false },
);
const RefundDone = Type.Object({
  refundId: Type.String(),
  amount: MinorAmount,
  fullyRefunded: Type.Boolean(),
  order: OrderDetailSchema,
});

/** Money-moving, so like checkout it needs an Idempotency-Key: a double click refunds once. */
export const refundOrderRoute: FastifyPluginAsyncTypebox<{ runtime: Runtime }> = async (app) => {
  app.post(
    '/orders/:id/refund',
    {
      config: { permission: 'payments:refund' },
      schema: {
        tags: ['orders'],
        headers: IdempotencyHeaders,
        params: Params,
        body: RefundBody,
        response: { 201: RefundDone },
      },
    },
    async (request, reply) =>
      answerIdempotently(request, reply, 'order-refund', async (tx) => {
        const refund = unwrap(await refundOrderWorkflow(tx, { orderId: request.params.id, ...request.body }));
        return { ...refund, order: unwrap(await getOrder(tx, request.params.id)) };
      }),
  );
};
