import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { customerIdOf, FreeText, unwrap, type Ctx, type Runtime } from '../../../platform/index.ts';
import { getExportArchive } from './services/get-export-archive.ts';
import { listOwnRequests } from './services/list-requests.ts';
import { submitRequest } from './services/submit-request.ts';
import { ExportArchiveSchema, PRIVACY_REQUEST_KINDS, PrivacyRequestSchema, toRequestView } from './views.ts';

// `shopper: true` guarantees a shopper actor; this only narrows the type.
const shopperOf = (ctx: Ctx): string => customerIdOf(ctx) ?? '';

const RequestParams = Type.Object({ id: Type.String({ maxLength: 64 }) }, { additionalProperties: false });

export const storeRightsRoutes: FastifyPluginAsyncTypebox<{ runtime: Runtime }> = async (app) => {
  const common = { tags: ['privacy'], security: [{ bearer: [] }] };
  const config = { shopper: true };

  app.post(
    '/privacy/requests',
    {
      config,
      schema: {
        ...common,
        summary: 'Ask for a copy of my data, its erasure, or a correction',
        description:
          'Export and erasure are carried out automatically, usually within a minute; erasure signs the shopper out ' +
          'everywhere and cannot be undone. Rectification is handled by the merchant within 30 days.',
        body: Type.Object(
          {
            kind: Type.Enum([...PRIVACY_REQUEST_KINDS]),
            details: Type.Optional(FreeText({ minLength: 1, maxLength: 2000 })),
          },
          { additionalProperties: false },
        ),
        response: { 201: PrivacyRequestSchema },
      },
    },
    async (request, reply) => {
      const row = unwrap(await submitRequest(request.ctx, shopperOf(request.ctx), request.body));
      return reply.code(201).send(toRequestView(row));
    },
  );

  app.get(
    '/privacy/requests',
    {
      config,
      schema: {
        ...common,
        summary: 'My data requests, newest first',
        response: {
          200: Type.Object({ items: Type.Array(PrivacyRequestSchema) }, { additionalProperties: false }),
        },
      },
    },
    async (request) => ({
      items: (await listOwnRequests(request.ctx, shopperOf(request.ctx))).map(toRequestView),
    }),
  );

  app.get(
    '/privacy/requests/:id/archive',
    {
      config,
      schema: {
        ...common,
        summary: 'Download a completed export: everything held on me, as JSON',
        params: RequestParams,
        response: { 200: ExportArchiveSchema },
      },
    },
    async (request, reply) => {
      const archive = unwrap(await getExportArchive(request.ctx, shopperOf(request.ctx), request.params.id));
      return reply
        .header('content-disposition', `attachment; filename="personal-data-${request.params.id}.json"`)
        .header('cache-control', 'no-store')
        .send(archive);
    },
  );
};
