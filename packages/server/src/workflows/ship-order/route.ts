import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { unwrap, type Runtime } from '../../platform/index.ts';
import { getOrder, OrderDetailSchema } from '../../modules/orders/index.ts';
import { shipOrderWorkflow } from './index.ts';

const Params = Type.Object({ id: Type.String({ maxLength: 64 }) }, { additionalProperties: false });
const ShipBody = Type.Object(
  {
    carrier: Type.String({ minLength: 1, maxLength: 40, description: 'Carrier code, e.g. SF, ZTO, YTO' }),
    trackingNumber: Type.String({ minLength: 4, maxLength: 64, pattern: '^[A-Za-z0-9-]+$' }),
  },
  { additionalProperties: false },
);

export const shipOrderRoute: FastifyPluginAsyncTypebox<{ runtime: Runtime }> = async (app) => {
  app.post(
    '/orders/:id/ship',
    {
      config: { permission: 'shipping:write' },
      schema: { tags: ['orders'], params: Params, body: ShipBody, response: { 200: OrderDetailSchema } },
    },
    async (request) => {
      const { ctx } = request;
      unwrap(await shipOrderWorkflow(ctx, { orderId: request.params.id, ...request.body }));
      return unwrap(await getOrder(ctx, request.params.id));
    },
  );
};
