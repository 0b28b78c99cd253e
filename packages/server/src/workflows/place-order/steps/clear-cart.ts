import { ok } from '../../../platform/index.ts';
import { clearCart } from '../../../modules/cart/index.ts';
import { undoneByRollback, type Step } from '../../runner.ts';

export const clearCartStep: Step<string, void> = {
  name: 'clear-cart',
  invoke: async (ctx, cartId) => ok(await clearCart(ctx, cartId)),
  compensate: undoneByRollback,
};
