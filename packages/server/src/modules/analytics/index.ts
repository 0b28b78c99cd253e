// Analytics: read-only aggregates for the console dashboard (the funnel and the shopper portrait). It
// owns no tables: it counts through other modules' exported reads. See decision 0012.
import { fileURLToPath } from 'node:url';
import type { HexamallModule } from '../../platform/index.ts';
import { analyticsAdminRoutes } from './routes/admin.ts';

export { funnel, FUNNEL_STEPS } from './services/funnel.ts';
export { portrait, AGE_BANDS } from './services/portrait.ts';
export { MIN_CELL, suppressSmallCells } from './small-cells.ts';

export const analyticsModule: HexamallModule = {
  name: 'analytics',
  // No tables of its own: an empty journal, so the migrator has nothing to apply.
  migrationsFolder: fileURLToPath(new URL('./migrations', import.meta.url)),
  adminRoutes: analyticsAdminRoutes,
};
