// Recommendations: storefront events, live shopper profiles, candidate generators over a fitted session model
// and the catalogue, and online re-ranking by profile and context. See docs/recommendations.md and
// docs/decisions/0011-recommend-module.md; the offline engine is in engine/ (decision 0002).
import { fileURLToPath } from 'node:url';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { enqueueJob, type HexamallModule, type Runtime } from '../../platform/index.ts';
import { recordOrderPurchases } from './events/record-order-purchases.ts';
import { recommendPersonalData } from './personal-data.ts';
import { storeEventRoutes } from './routes/store-events.ts';
import { storeRecommendationRoutes } from './routes/store-recommendations.ts';
import { adminModelRoutes } from './routes/admin-model.ts';
import { recommendStateOf } from './model/recommend-state.ts';
import { RETRAIN_EVERY_MS, retrainChangedMerchants, retrainMerchantIfStale } from './model/retrain-job.ts';

export { countEvents } from './events/count-events.ts';
export { EVENT_TYPES, DEVICE_CLASSES, type EventType, type DeviceClass } from './events/event-types.ts';
export { recommendStateOf, type RecommendState } from './model/recommend-state.ts';
export { recommendForSurface, type Recommendations } from './services/recommend-for-surface.ts';
export { SURFACES, type Surface } from './ranking/generate-candidates.ts';
export { EXPLANATION_CODES, type ExplanationCode } from './ranking/explanations.ts';

const storeRoutes: FastifyPluginAsyncTypebox<{ runtime: Runtime }> = async (app, opts) => {
  await app.register(storeEventRoutes, opts);
  await app.register(storeRecommendationRoutes, opts);
};

export const recommendModule: HexamallModule = {
  name: 'recommend',
  migrationsFolder: fileURLToPath(new URL('./migrations', import.meta.url)),
  storeRoutes,
  adminRoutes: adminModelRoutes,
  personalData: recommendPersonalData,
  setup(runtime) {
    const state = recommendStateOf(runtime);
    runtime.jobs.registerRecurring('recommend.retrain', RETRAIN_EVERY_MS, async (ctx) => {
      await retrainChangedMerchants(ctx, state);
    });
    runtime.jobs.register('recommend.retrain_merchant', (ctx, payload) =>
      retrainMerchantIfStale(ctx, state, new Date(payload.requestedAt)),
    );
    // A new or changed product enters the content neighbours (and so the feeds) at the next build.
    for (const type of [
      'product.created',
      'product.updated',
      'product.archived',
      'product.deleted',
    ] as const) {
      runtime.events.on(type, async (_event, ctx) => {
        await enqueueJob(ctx, 'recommend.retrain_merchant', { requestedAt: state.now().toISOString() });
      });
    }
    // The platform has no order.paid event: a paid order is the status change to 'paid'.
    runtime.events.on(
      'order.status_changed',
      async (event, ctx) => {
        if (event.payload.to !== 'paid') return;
        await recordOrderPurchases(ctx, {
          orderId: event.payload.orderId,
          customerId: event.payload.customerId,
          at: state.now(),
        });
      },
      {
        // Once the purchase is visible: a profile loaded before then is dropped in every process, so
        // what was just bought is never pushed again.
        afterCommit: async (event) => {
          if (event.payload.to === 'paid')
            await state.profiles.forget(event.merchantId, { customerId: event.payload.customerId });
        },
      },
    );
  },
};
