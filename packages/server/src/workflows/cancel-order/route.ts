import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { unwrap, type Runtime } from '../../platform/index.ts';
import { getOrder, OrderDetailSchema } from '../../modules/orders/index.ts';
import { cancelOrderWorkflow } from './index.ts';

const Params = Type.Object({ id: Type.String({ maxLength: 64 }) }, { additionalProperties: false });

/** The shopper cancels their own unpaid order; someone else's answers 404. */
export const cancelOrderRoute: FastifyPluginAsyncTypebox<{ runtime: Runtime }> = async (app) => {
  app.post(
    '/orders/:id/cancel',
    {
      config: { shopper: true },
      schema: { tags: ['orders'], params: Params, response: { 200: OrderDetailSchema } },
    },
    async (request) => {
      const { ctx } = request;
      unwrap(
        await cancelOrderWorkflow(ctx, { orderId: request.params.id, reason: 'cancelled by the shopper' }),
      );
      return unwrap(await getOrder(ctx, request.params.id));
    },
  );
};
