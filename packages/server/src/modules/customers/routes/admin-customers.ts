import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { pageOf, PageQuery, unwrap, type Runtime } from '../../../platform/index.ts';
import { getCustomer } from '../services/get-customer.ts';
import { listCustomers } from '../services/list-customers.ts';
import { CustomerSchema } from '../views.ts';

const CustomerIdParams = Type.Object({ id: Type.String({ maxLength: 64 }) }, { additionalProperties: false });

export const adminCustomerRoutes: FastifyPluginAsyncTypebox<{ runtime: Runtime }> = async (app) => {
  app.get(
    '/customers',
    {
      config: { permission: 'customers:read' },
      schema: {
        tags: ['customers'],
        summary: 'List customers, newest first',
        description:
          'Always masked: a list shows many people at once. Clear contact details come from one customer at a time.',
        security: [{ bearer: [] }],
        querystring: PageQuery,
        response: { 200: pageOf(CustomerSchema) },
      },
    },
    async (request) =>
      listCustomers(request.ctx, { limit: request.query.limit ?? 20, cursor: request.query.cursor }),
  );

  app.get(
    '/customers/:id',
    {
      config: { permission: 'customers:read' },
      schema: {
        tags: ['customers'],
        summary: 'One customer, read for customer service',
        description:
          'Contact details are clear for roles with customers:contact and masked otherwise; every read is audited.',
        security: [{ bearer: [] }],
        params: CustomerIdParams,
        response: { 200: CustomerSchema },
      },
    },
    async (request) => unwrap(await getCustomer(request.ctx, request.params.id, 'customer_service')),
  );
};
