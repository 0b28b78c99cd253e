import { fileURLToPath } from 'node:url';
import type { HexamallModule } from '../../platform/index.ts';
import { inventoryAdminRoutes } from './routes/admin.ts';
import { inventoryStoreRoutes } from './routes/store.ts';

export { reserveStock, type ReserveStockInput } from './services/reserve-stock.ts';
export { releaseReservation } from './services/release-reservation.ts';
export { commitReservation } from './services/commit-reservation.ts';
export { returnStock, type ReturnStockInput } from './services/return-stock.ts';
export { setStock } from './services/set-stock.ts';
export { adjustStock } from './services/adjust-stock.ts';
export { getAvailability, getStockLevels } from './services/get-availability.ts';
export { listStockMovements } from './services/list-movements.ts';
export type { StockLine } from './services/lines.ts';
export { MAX_LINE_QUANTITY, MAX_ON_HAND } from './limits.ts';
export { StockLevelSchema, type StockLevel, type StockMovement } from './views.ts';

export const inventoryModule: HexamallModule = {
  name: 'inventory',
  migrationsFolder: fileURLToPath(new URL('./migrations', import.meta.url)),
  adminRoutes: inventoryAdminRoutes,
  storeRoutes: inventoryStoreRoutes,
};
