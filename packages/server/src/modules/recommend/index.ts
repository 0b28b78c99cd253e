// Recommendations: storefront events, live shopper profiles, candidate generators over a fitted session model
// and the catalogue, and online re-ranking by profile and context. See README.md and
// docs/decisions/0011-recommend-module.md; the offline engine is in engine/ (decision 0002).
import { fileURLToPath } from 'node:url';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { HexamallModule, Runtime } from '../../platform/index.ts';
import { recordOrderPurchases } from './events/record-order-purchases.ts';
import { recommendPersonalData } from './personal-data.ts';
import { storeEventRoutes } from './routes/store-events.ts';
import { recommendStateOf } from './model/recommend-state.ts';

export { countEvents } from './events/count-events.ts';
export { EVENT_TYPES, DEVICE_CLASSES, type EventType, type DeviceClass } from './events/event-types.ts';
export { recommendStateOf, type RecommendState } from './model/recommend-state.ts';

const storeRoutes: FastifyPluginAsyncTypebox<{ runtime: Runtime }> = async (app, opts) => {
  await app.register(storeEventRoutes, opts);
};

export const recommendModule: HexamallModule = {
  name: 'recommend',
  migrationsFolder: fileURLToPath(new URL('./migrations', import.meta.url)),
  storeRoutes,
  personalData: recommendPersonalData,
  setup(runtime) {
    const state = recommendStateOf(runtime);
    // The platform has no order.paid event: a paid order is the status change to 'paid'.
    runtime.events.on('order.status_changed', async (event, ctx) => {
      if (event.payload.to !== 'paid') return;
      await recordOrderPurchases(ctx, {
        orderId: event.payload.orderId,
        customerId: event.payload.customerId,
        at: state.now(),
      });
    });
  },
};
