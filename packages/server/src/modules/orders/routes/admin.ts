import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { unwrap, type Runtime } from '../../../platform/index.ts';
import { getOrder } from '../services/get-order.ts';
import { listOrders } from '../services/list-orders.ts';
import { transitionOrder } from '../services/transition-order.ts';
import { OrderDetailSchema } from '../views.ts';
import { AdminOrderQuery, OrderIdParams, OrderPage, ReasonBody } from './schemas.ts';

export const adminOrderRoutes: FastifyPluginAsyncTypebox<{ runtime: Runtime }> = async (app) => {
  app.get(
    '/orders',
    {
      config: { permission: 'orders:read' },
      schema: { tags: ['orders'], querystring: AdminOrderQuery, response: { 200: OrderPage } },
    },
    async (request) => {
      const { from, to, ...rest } = request.query;
      return listOrders(request.ctx, {
        ...rest,
        from: from ? new Date(from) : undefined,
        to: to ? new Date(to) : undefined,
      });
    },
  );

  app.get(
    '/orders/:id',
    {
      config: { permission: 'orders:read' },
      schema: { tags: ['orders'], params: OrderIdParams, response: { 200: OrderDetailSchema } },
    },
    async (request) => unwrap(await getOrder(request.ctx, request.params.id)),
  );

  app.post(
    '/orders/:id/refund-request/reject',
    {
      config: { permission: 'orders:write' },
      schema: {
        tags: ['orders'],
        params: OrderIdParams,
        body: ReasonBody,
        response: { 200: OrderDetailSchema },
      },
    },
    async (request) => {
      const { ctx } = request;
      unwrap(await transitionOrder(ctx, request.params.id, 'reject_refund', { reason: request.body.reason }));
      return unwrap(await getOrder(ctx, request.params.id));
    },
  );
};
