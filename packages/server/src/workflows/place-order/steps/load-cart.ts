import { getCartForCheckout, type CheckoutCart } from '../../../modules/cart/index.ts';
import { undoneByRollback, type Step } from '../../runner.ts';

/** The shopper's cart, locked for the rest of the checkout so a double submit cannot order it twice. */
export const loadCartStep: Step<void, CheckoutCart> = {
  name: 'load-cart',
  invoke: (ctx) => getCartForCheckout(ctx),
  compensate: undoneByRollback,
};
