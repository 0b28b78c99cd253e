import { ok } from '../../../platform/index.ts';
import { releaseReservation } from '../../../modules/inventory/index.ts';
import { undoneByRollback, type Step } from '../../runner.ts';

/** Gives the held units back to sale. */
export const releaseStockStep: Step<string, void> = {
  name: 'release-stock',
  async invoke(ctx, orderId) {
    await releaseReservation(ctx, orderId);
    return ok(undefined);
  },
  compensate: undoneByRollback,
};
