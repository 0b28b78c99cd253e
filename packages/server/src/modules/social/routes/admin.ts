import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { unwrap, type Runtime } from '../../../platform/index.ts';
import { listCreators, markCreator, unmarkCreator } from '../services/creators.ts';
import { forgetSocialSignals } from '../services/social-signals-cache.ts';
import { CreatorInput, CreatorSchema, CustomerIdParam } from '../views.ts';

const CustomerParams = Type.Object({ customerId: CustomerIdParam }, { additionalProperties: false });

/** The console's creators list: mark a customer as a creator with a public name, or end it. */
export const socialAdminRoutes: FastifyPluginAsyncTypebox<{ runtime: Runtime }> = async (
  app,
  { runtime },
) => {
  // A creator's favourites count for followers only while they are a creator.
  app.addHook('onSend', async (request, reply, payload) => {
    const creator = (request.params as { customerId?: string } | undefined)?.customerId;
    if (request.ctx && request.method !== 'GET' && reply.statusCode < 400 && creator)
      await forgetSocialSignals(runtime, request.ctx.merchantId, [creator]);
    return payload;
  });
  const common = { tags: ['social'], security: [{ bearer: [] }] };

  app.get(
    '/creators',
    {
      config: { permission: 'customers:read' },
      schema: {
        ...common,
        summary: "The shop's creators with their follower counts",
        response: { 200: Type.Object({ items: Type.Array(CreatorSchema) }) },
      },
    },
    async (request) => ({ items: await listCreators(request.ctx) }),
  );

  app.put(
    '/creators/:customerId',
    {
      config: { permission: 'creators:manage' },
      schema: {
        ...common,
        summary: 'Mark a customer as a creator (again: rename them)',
        description: 'The display name is public: shown on the creator page and to followers.',
        params: CustomerParams,
        body: CreatorInput,
        response: { 200: CreatorSchema },
      },
    },
    async (request) =>
      unwrap(await markCreator(request.ctx, request.params.customerId, request.body.displayName)),
  );

  app.delete(
    '/creators/:customerId',
    {
      config: { permission: 'creators:manage' },
      schema: {
        ...common,
        summary: 'End a creator status',
        params: CustomerParams,
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      unwrap(await unmarkCreator(request.ctx, request.params.customerId));
      return reply.code(204).send(null);
    },
  );
};
