import { fileURLToPath } from 'node:url';
import type { HexamallModule } from '../../platform/index.ts';
import './events.ts';
import { adminOrderRoutes } from './routes/admin.ts';
import { storeOrderRoutes } from './routes/store.ts';
import { transitionOrder } from './services/transition-order.ts';
import { sealLegacyOrderRows } from './services/seal-legacy-rows.ts';
import { ordersPersonalData } from './personal-data.ts';

export const ordersModule: HexamallModule = {
  name: 'orders',
  migrationsFolder: fileURLToPath(new URL('./migrations', import.meta.url)),
  storeRoutes: storeOrderRoutes,
  adminRoutes: adminOrderRoutes,
  personalData: ordersPersonalData,
  boot: async (runtime) => {
    const sealed = await sealLegacyOrderRows(runtime);
    if (sealed > 0) runtime.log.info({ sealed }, 'sealed plaintext order addresses from before the vault');
  },
  setup(runtime) {
    runtime.jobs.register('order.auto_complete', async (ctx, { orderId }) => {
      // Nothing to do when the shopper confirmed receipt first or a refund is under way.
      await transitionOrder(ctx, orderId, 'complete', { onlyFrom: ['delivered'], reason: 'auto-completed' });
    });
  },
};

export { createOrder, type CreateOrderInput, type CreateOrderLine } from './services/create-order.ts';
export { countOrders, type OrderCounts } from './services/count-orders.ts';
export { getOrder, getOrderLines } from './services/get-order.ts';
export { listOrders, type ListOrdersInput } from './services/list-orders.ts';
export { recordRefund } from './services/record-refund.ts';
export { transitionOrder, type TransitionOptions } from './services/transition-order.ts';
export type { AddressSnapshot } from './schema.ts';
export { ORDER_STATUSES, REFUND_WINDOW_MS, type OrderAction, type OrderStatus } from './state-machine.ts';
export { AUTO_COMPLETE_AFTER_MS } from './events.ts';
export { OrderDetailSchema, OrderSchema, type OrderDetailView, type OrderView } from './views.ts';
