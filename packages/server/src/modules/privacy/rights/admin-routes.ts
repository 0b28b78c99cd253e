import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { FreeText, pageOf, PageQuery, unwrap, type Runtime } from '../../../platform/index.ts';
import { getRequestDetail, handleRequest, type RequestAction } from './services/handle-request.ts';
import { listRequests } from './services/list-requests.ts';
import { AdminPrivacyRequestDetailSchema, AdminPrivacyRequestSchema } from './views.ts';

const RequestParams = Type.Object({ id: Type.String({ maxLength: 64 }) }, { additionalProperties: false });

const ACTIONS: Record<RequestAction, string> = {
  start: 'Take a rectification request on',
  complete: 'Mark a rectification request done, once the record is corrected',
  reject: 'Reject an open request; the person reads the reason',
};

export const adminRightsRoutes: FastifyPluginAsyncTypebox<{ runtime: Runtime }> = async (app) => {
  const common = { tags: ['privacy'], security: [{ bearer: [] }] };

  app.get(
    '/privacy/requests',
    {
      config: { permission: 'customers:read' },
      schema: {
        ...common,
        summary: 'Data-subject requests with their due dates; open ones oldest (most urgent) first',
        querystring: Type.Object(
          {
            ...PageQuery.properties,
            status: Type.Optional(Type.Union([Type.Literal('open'), Type.Literal('closed')])),
          },
          { additionalProperties: false },
        ),
        response: { 200: pageOf(AdminPrivacyRequestSchema) },
      },
    },
    async (request) =>
      listRequests(request.ctx, {
        status: request.query.status ?? 'open',
        limit: request.query.limit ?? 20,
        cursor: request.query.cursor,
      }),
  );

  app.get(
    '/privacy/requests/:id',
    {
      config: { permission: 'customers:read' },
      schema: {
        ...common,
        summary: 'One request, with what the person asked to correct (an audited read)',
        params: RequestParams,
        response: { 200: AdminPrivacyRequestDetailSchema },
      },
    },
    async (request) => unwrap(await getRequestDetail(request.ctx, request.params.id)),
  );

  for (const [action, summary] of Object.entries(ACTIONS) as [RequestAction, string][]) {
    app.post(
      `/privacy/requests/:id/${action}`,
      {
        config: { permission: 'staff:manage' },
        schema: {
          ...common,
          summary,
          params: RequestParams,
          body: Type.Object(
            { resolution: Type.Optional(FreeText({ minLength: 1, maxLength: 1000 })) },
            { additionalProperties: false },
          ),
          response: { 200: AdminPrivacyRequestSchema },
        },
      },
      async (request) =>
        unwrap(await handleRequest(request.ctx, request.params.id, action, request.body.resolution)),
    );
  }
};
