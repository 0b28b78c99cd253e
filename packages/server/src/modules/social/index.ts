// Social: favourites, follows (friends are mutual follows) and creators, and the social signals the
// recommendations module ranks with. See docs/decisions/0012-social-and-analytics.md.
import { fileURLToPath } from 'node:url';
import type { HexamallModule } from '../../platform/index.ts';
import { socialPersonalData } from './personal-data.ts';
import { socialAdminRoutes } from './routes/admin.ts';
import { socialStoreRoutes } from './routes/store.ts';

declare module '../../platform/events/index.ts' {
  interface DomainEventMap {
    'social.favourited': { customerId: string; productId: string };
    'social.unfavourited': { customerId: string; productId: string };
  }
}

export { socialSignals, type SocialSignal, type SocialSignalOptions } from './services/social-signals.ts';
export { FAVOURITE_VISIBILITIES, type FavouriteVisibility } from './schema.ts';

export const socialModule: HexamallModule = {
  name: 'social',
  migrationsFolder: fileURLToPath(new URL('./migrations', import.meta.url)),
  storeRoutes: socialStoreRoutes,
  adminRoutes: socialAdminRoutes,
  personalData: socialPersonalData,
};
