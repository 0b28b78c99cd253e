import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { pageOf, PageQuery, type Runtime } from '../../../platform/index.ts';
import { listCustomers } from '../services/list-customers.ts';
import { CustomerSchema } from '../views.ts';

export const adminCustomerRoutes: FastifyPluginAsyncTypebox<{ runtime: Runtime }> = async (app) => {
  app.get(
    '/customers',
    {
      config: { permission: 'customers:read' },
      schema: {
        tags: ['customers'],
        summary: 'List customers, newest first',
        description: 'Email and phone are masked unless the caller is an owner.',
        security: [{ bearer: [] }],
        querystring: PageQuery,
        response: { 200: pageOf(CustomerSchema) },
      },
    },
    async (request) =>
      listCustomers(request.ctx, { limit: request.query.limit ?? 20, cursor: request.query.cursor }),
  );
};
