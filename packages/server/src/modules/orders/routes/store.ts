import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { unwrap, type Runtime } from '../../../platform/index.ts';
import { getOrder } from '../services/get-order.ts';
import { listOrders } from '../services/list-orders.ts';
import { transitionOrder } from '../services/transition-order.ts';
import { OrderDetailSchema } from '../views.ts';
import { OrderIdParams, OrderPage, StoreOrderQuery } from './schemas.ts';

/** The shopper's own orders; another shopper's order answers 404 through orderScope. */
export const storeOrderRoutes: FastifyPluginAsyncTypebox<{ runtime: Runtime }> = async (app) => {
  app.get(
    '/orders',
    {
      config: { shopper: true },
      schema: { tags: ['orders'], querystring: StoreOrderQuery, response: { 200: OrderPage } },
    },
    async (request) => listOrders(request.ctx, request.query),
  );

  app.get(
    '/orders/:id',
    {
      config: { shopper: true },
      schema: { tags: ['orders'], params: OrderIdParams, response: { 200: OrderDetailSchema } },
    },
    async (request) => unwrap(await getOrder(request.ctx, request.params.id)),
  );

  app.post(
    '/orders/:id/confirm-receipt',
    {
      config: { shopper: true },
      schema: { tags: ['orders'], params: OrderIdParams, response: { 200: OrderDetailSchema } },
    },
    async (request) => {
      const { ctx } = request;
      unwrap(await transitionOrder(ctx, request.params.id, 'complete', { reason: 'receipt confirmed' }));
      return unwrap(await getOrder(ctx, request.params.id));
    },
  );
};
