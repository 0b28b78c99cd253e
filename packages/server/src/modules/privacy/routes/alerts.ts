import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { pageOf, PageQuery, unwrap, type Runtime } from '../../../platform/index.ts';
import { AlertSchema } from '../anomaly/views.ts';
import { listAlerts } from '../anomaly/services/list-alerts.ts';
import { resolveAlert } from '../anomaly/services/resolve-alert.ts';

const AlertQuery = Type.Object(
  {
    ...PageQuery.properties,
    status: Type.Optional(Type.Union([Type.Literal('open'), Type.Literal('resolved')])),
  },
  { additionalProperties: false },
);
const AlertParams = Type.Object({ id: Type.String({ maxLength: 40 }) }, { additionalProperties: false });

/** The console's security page: access alerts for an owner to review. */
export const alertRoutes: FastifyPluginAsyncTypebox<{ runtime: Runtime }> = async (app) => {
  const common = { tags: ['privacy'], security: [{ bearer: [] }] };

  app.get(
    '/privacy/alerts',
    {
      config: { permission: 'staff:manage' },
      schema: {
        ...common,
        summary: 'List access alerts (newest first)',
        querystring: AlertQuery,
        response: { 200: pageOf(AlertSchema) },
      },
    },
    async (request) =>
      listAlerts(request.ctx, {
        status: request.query.status,
        limit: request.query.limit ?? 20,
        cursor: request.query.cursor,
      }),
  );

  app.post(
    '/privacy/alerts/:id/resolve',
    {
      config: { permission: 'staff:manage' },
      schema: {
        ...common,
        summary: 'Mark an access alert reviewed',
        description: 'Does not unfreeze the account: POST /api/admin/staff/:id/unfreeze does.',
        params: AlertParams,
        response: { 200: AlertSchema },
      },
    },
    async (request) => unwrap(await resolveAlert(request.ctx, request.params.id)),
  );
};
