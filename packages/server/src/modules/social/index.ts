// Social: favourites, follows (friends are mutual follows) and creators, and the social signals the
// recommendations module ranks with. See docs/decisions/0012-social-and-analytics.md.
import { fileURLToPath } from 'node:url';
import type { HexamallModule } from '../../platform/index.ts';
import { socialPersonalData } from './personal-data.ts';
import { createSocialSignalsCache } from './services/social-signals-cache.ts';
import { socialAdminRoutes } from './routes/admin.ts';
import { socialStoreRoutes } from './routes/store.ts';

declare module '../../platform/events/index.ts' {
  interface DomainEventMap {
    'social.favourited': { customerId: string; productId: string };
    'social.unfavourited': { customerId: string; productId: string };
  }
}

export { socialSignals, type SocialSignal, type SocialSignalOptions } from './services/social-signals.ts';
export { socialSignalsReader, type SocialSignalsReader } from './services/social-signals-cache.ts';
export { FAVOURITE_VISIBILITIES, type FavouriteVisibility } from './schema.ts';

export const socialModule: HexamallModule = {
  name: 'social',
  migrationsFolder: fileURLToPath(new URL('./migrations', import.meta.url)),
  storeRoutes: socialStoreRoutes,
  adminRoutes: socialAdminRoutes,
  personalData: socialPersonalData,
  setup: createSocialSignalsCache,
};
