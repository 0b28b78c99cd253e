import { returnStock } from '../../../modules/inventory/index.ts';
import type { OrderDetailView } from '../../../modules/orders/index.ts';
import { undoneByRollback, type Step } from '../../runner.ts';

/** A fully refunded order's units go back on hand (totals per SKU, so a repeat returns nothing twice). */
export const returnStockStep: Step<OrderDetailView, unknown> = {
  name: 'return-stock',
  invoke: (ctx, order) =>
    returnStock(ctx, {
      orderId: order.id,
      lines: order.items.map((i) => ({ skuId: i.skuId, quantity: i.quantity })),
    }),
  compensate: undoneByRollback,
};
