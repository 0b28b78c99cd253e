import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { FreeText, unwrap, type Runtime } from '../../platform/index.ts';
import { getOrder, OrderDetailSchema } from '../../modules/orders/index.ts';
import { requestRefundWorkflow } from './index.ts';

const Params = Type.Object({ id: Type.String({ maxLength: 64 }) }, { additionalProperties: false });
const RefundRequestBody = Type.Object(
  { reason: FreeText({ minLength: 1, maxLength: 200 }) },
  { additionalProperties: false },
);

export const requestRefundRoute: FastifyPluginAsyncTypebox<{ runtime: Runtime }> = async (app) => {
  app.post(
    '/orders/:id/refund-request',
    {
      config: { shopper: true },
      schema: {
        tags: ['orders'],
        params: Params,
        body: RefundRequestBody,
        response: { 200: OrderDetailSchema },
      },
    },
    async (request) => {
      const { ctx } = request;
      unwrap(await requestRefundWorkflow(ctx, { orderId: request.params.id, reason: request.body.reason }));
      return unwrap(await getOrder(ctx, request.params.id));
    },
  );
};
