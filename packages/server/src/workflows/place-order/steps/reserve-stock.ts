import { reserveStock } from '../../../modules/inventory/index.ts';
import { undoneByRollback, type Step } from '../../runner.ts';

export interface ReserveInput {
  orderId: string;
  lines: { skuId: string; quantity: number }[];
}

/** Holds the units until payment or cancellation; OUT_OF_STOCK refuses the checkout. */
export const reserveStockStep: Step<ReserveInput, { reservationIds: string[] }> = {
  name: 'reserve-stock',
  invoke: (ctx, input) => reserveStock(ctx, input),
  // Reservations are rows in this transaction: the rollback releases them.
  compensate: undoneByRollback,
};
