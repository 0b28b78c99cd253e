import { fileURLToPath } from 'node:url';
import type { HexamallModule } from '../../platform/index.ts';
import { storeCartRoutes } from './routes/store.ts';
import { mergeGuestCart } from './services/merge-guest-cart.ts';
import { purgeAbandonedGuestCarts } from './services/purge-guest-carts.ts';
import { cartPersonalData } from './personal-data.ts';

export const cartModule: HexamallModule = {
  name: 'cart',
  migrationsFolder: fileURLToPath(new URL('./migrations', import.meta.url)),
  storeRoutes: storeCartRoutes,
  personalData: cartPersonalData,
  setup(runtime) {
    runtime.events.on('customer.signed_in', async (event, ctx) => {
      const { customerId, cartToken } = event.payload;
      if (cartToken) await mergeGuestCart(ctx, customerId, cartToken);
    });
    runtime.jobs.registerRecurring('cart.purge_guest_carts', 6 * 60 * 60_000, async (ctx) => {
      await purgeAbandonedGuestCarts(ctx);
    });
  },
};

export { clearCart, getCartForCheckout, type CheckoutCart } from './services/checkout.ts';
export { mergeGuestCart } from './services/merge-guest-cart.ts';
export { getCart } from './services/get-cart.ts';
export { CartSchema, type CartView, type CartLine } from './views.ts';
