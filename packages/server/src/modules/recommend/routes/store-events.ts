import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { customerIdOf, type Runtime } from '../../../platform/index.ts';
import { recordEvents } from '../events/record-events.ts';
import { recommendStateOf } from '../model/recommend-state.ts';
import { EventBatchBody, EventBatchResult } from './event-schemas.ts';

export const storeEventRoutes: FastifyPluginAsyncTypebox<{ runtime: Runtime }> = async (app, { runtime }) => {
  const state = recommendStateOf(runtime);
  app.post(
    '/events',
    {
      schema: {
        tags: ['recommend'],
        summary: 'Report what the shopper did (batched); kept only as their consent allows',
        description:
          'Events about unknown products are ignored. Without personalisation consent the events stay with the session and are never joined to the shopper.',
        body: EventBatchBody,
        response: { 202: EventBatchResult },
      },
    },
    async (request, reply) => {
      const result = await recordEvents(request.ctx, request.body, {
        now: state.now(),
        knownProducts: (ctx, ids) => state.knownProducts(ctx, ids),
      });
      await state.profiles.forget(request.ctx.merchantId, {
        customerId: customerIdOf(request.ctx),
        sessionKey: request.body.sessionId,
      });
      return reply.code(202).send(result);
    },
  );
};
