import { and, eq } from 'drizzle-orm';
import { fail, ok, type Ctx, type Currency, type Result } from '../../../platform/index.ts';
import { cartItems } from '../schema.ts';
import { findCart, itemsOfCart } from './find-cart.ts';

export interface CheckoutCart {
  cartId: string;
  currency: Currency;
  items: { skuId: string; quantity: number }[];
}

/**
 * The signed-in shopper's cart as checkout needs it: what and how many, never prices (checkout
 * re-prices from the catalog). The cart row stays locked until the caller's transaction ends, so two
 * checkouts of one cart run one after the other and the second finds it emptied.
 */
export async function getCartForCheckout(ctx: Ctx): Promise<Result<CheckoutCart>> {
  if (ctx.actor.kind !== 'shopper') return fail('CART_EMPTY');
  const cart = await findCart(ctx, { lock: true });
  if (!cart) return fail('CART_EMPTY');
  const items = await itemsOfCart(ctx, cart.id);
  if (items.length === 0) return fail('CART_EMPTY');
  return ok({
    cartId: cart.id,
    currency: cart.currency as Currency,
    items: items.map((i) => ({ skuId: i.skuId, quantity: i.quantity })),
  });
}

/** Empties a cart after its order is placed; the cart itself stays for the shopper's next purchase. */
export async function clearCart(ctx: Ctx, cartId: string): Promise<void> {
  await ctx.db
    .delete(cartItems)
    .where(and(eq(cartItems.merchantId, ctx.merchantId), eq(cartItems.cartId, cartId)));
}
