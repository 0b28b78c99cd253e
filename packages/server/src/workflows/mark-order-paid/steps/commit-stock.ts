import { ok } from '../../../platform/index.ts';
import { commitReservation } from '../../../modules/inventory/index.ts';
import { undoneByRollback, type Step } from '../../runner.ts';

/** The held units are sold: they leave on-hand stock for good. */
export const commitStockStep: Step<string, void> = {
  name: 'commit-stock',
  async invoke(ctx, orderId) {
    await commitReservation(ctx, orderId);
    return ok(undefined);
  },
  compensate: undoneByRollback,
};
