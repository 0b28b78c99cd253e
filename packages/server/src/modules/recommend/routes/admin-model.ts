import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { inTransaction, type Runtime } from '../../../platform/index.ts';
import { recommendStateOf } from '../model/recommend-state.ts';

const ModelRunSchema = Type.Object({
  version: Type.Integer(),
  builtAt: Type.String({ format: 'date-time' }),
  products: Type.Integer(),
  events: Type.Integer({ description: 'Events the build read' }),
  sessions: Type.Integer({ description: 'Visits with two or more products' }),
  sessionModel: Type.Enum(['fitted', 'too_little_data']),
  buildMs: Type.Integer(),
});

export const adminModelRoutes: FastifyPluginAsyncTypebox<{ runtime: Runtime }> = async (app, { runtime }) => {
  const state = recommendStateOf(runtime);
  app.post(
    '/recommendations/retrain',
    {
      config: { permission: 'catalog:write' },
      schema: {
        tags: ['recommend'],
        summary: "Rebuild the shop's recommendation model now, instead of at the next scheduled run",
        security: [{ bearer: [] }],
        response: { 200: ModelRunSchema },
      },
    },
    async (request) => {
      const started = performance.now();
      const { model, version } = await inTransaction(request.ctx, (tx) => state.retrain(tx));
      return {
        version,
        builtAt: model.builtAt.toISOString(),
        products: model.items.length,
        events: model.eventCount,
        sessions: model.sessionCount,
        sessionModel: model.sessionModel,
        buildMs: Math.round(performance.now() - started),
      };
    },
  );
};
