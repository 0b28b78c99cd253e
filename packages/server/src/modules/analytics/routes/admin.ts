import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { unwrap, type Runtime } from '../../../platform/index.ts';
import { parseRange, RangeQuery } from '../date-range.ts';
import { funnel } from '../services/funnel.ts';
import { portrait } from '../services/portrait.ts';
import { FunnelSchema, PortraitSchema } from '../views.ts';

/** The console dashboard's aggregates: read-only, never one person's data. */
export const analyticsAdminRoutes: FastifyPluginAsyncTypebox<{ runtime: Runtime }> = async (app) => {
  const common = { tags: ['analytics'], security: [{ bearer: [] }] };

  app.get(
    '/analytics/funnel',
    {
      config: { permission: 'analytics:read' },
      schema: {
        ...common,
        summary: 'Shoppers at view, add to cart, order placed and paid in [from, to), with conversion rates',
        querystring: RangeQuery,
        response: { 200: FunnelSchema },
      },
    },
    async (request) => funnel(request.ctx, unwrap(parseRange(request.query))),
  );

  app.get(
    '/analytics/portrait',
    {
      config: { permission: 'analytics:read' },
      schema: {
        ...common,
        summary: 'Age, gender, city tier and income bands of consenting shoppers, small cells suppressed',
        description:
          'Counts only shoppers who hold the analytics consent; bands of fewer than 5 are null ("<5"). Each person ' +
          'counted is one audited read with purpose analytics.',
        response: { 200: PortraitSchema },
      },
    },
    async (request) => portrait(request.ctx),
  );
};
