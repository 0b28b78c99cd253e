import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Runtime } from '../../../platform/index.ts';
import { recommendStateOf } from '../model/recommend-state.ts';
import { recommendForSurface } from '../services/recommend-for-surface.ts';
import { RecommendationQuery, RecommendationsSchema } from './recommendation-schemas.ts';

export const storeRecommendationRoutes: FastifyPluginAsyncTypebox<{ runtime: Runtime }> = async (
  app,
  { runtime },
) => {
  const state = recommendStateOf(runtime);
  app.get(
    '/recommendations',
    {
      schema: {
        tags: ['recommend'],
        summary: 'Recommended products for a surface, each with why',
        description:
          "Personalised with the shopper's personalisation consent; otherwise from this visit's session and what is popular now.",
        querystring: RecommendationQuery,
        response: { 200: RecommendationsSchema },
      },
    },
    async (request, reply) => {
      const { productId, ...rest } = request.query;
      // Depends on who asks and their consent: never shared by caches.
      reply.header('cache-control', 'private, no-store');
      return recommendForSurface(request.ctx, state, { ...rest, productIds: productId ?? [] });
    },
  );
};
