// Reviews: shoppers review what they received; merchants reply; staff hide; products carry a rating
// summary and the shop a 90-day reputation. See docs/decisions/0013-reviews-and-coupons.md.
import { fileURLToPath } from 'node:url';
import type { HexamallModule } from '../../platform/index.ts';
import './events.ts';
import { reviewsPersonalData } from './personal-data.ts';
import { reviewsAdminRoutes } from './routes/admin.ts';
import { reviewsStoreRoutes } from './routes/store.ts';

export { getRatingSummary } from './services/rating-summary.ts';
export { merchantReputation } from './services/moderate-review.ts';
export { RatingSummarySchema, type RatingSummary } from './views.ts';

export const reviewsModule: HexamallModule = {
  name: 'reviews',
  migrationsFolder: fileURLToPath(new URL('./migrations', import.meta.url)),
  storeRoutes: reviewsStoreRoutes,
  adminRoutes: reviewsAdminRoutes,
  personalData: reviewsPersonalData,
};
