import { reserveStock } from '../../../modules/inventory/index.ts';
import { undoneByRollback, type Step } from '../../runner.ts';

export interface ReserveInput {
  orderId: string;
  lines: { skuId: string; quantity: number }[];
}

/** Holds the units until payment or cancellation; OUT_OF_STOCK refuses the checkout. */
export const reserveStockStep: Step<ReserveInput, { reservationIds: string[] }> = {
  name: 'reserve-stock',
  // A refusal fails the workflow, and a failed workflow's transaction is rolled back as a whole (by the
  // runner, or by its caller): no savepoint of its own is needed.
  invoke: (ctx, input) => reserveStock(ctx, input, { refusalAbortsTransaction: true }),
  // Reservations are rows in this transaction: the rollback releases them.
  compensate: undoneByRollback,
};
