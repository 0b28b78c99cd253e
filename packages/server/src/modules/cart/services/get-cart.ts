import type { Ctx } from '../../../platform/index.ts';
import type { CartView } from '../views.ts';
import { findCart, itemsOfCart } from './find-cart.ts';
import { priceCart } from './price-cart.ts';

/** The caller's cart, freshly priced; an empty cart when they have none yet. */
export async function getCart(ctx: Ctx): Promise<CartView> {
  const cart = await findCart(ctx);
  return priceCart(ctx, cart, cart ? await itemsOfCart(ctx, cart.id) : []);
}
