import { and, eq } from 'drizzle-orm';
import { fail, inTransaction, ok, type Ctx, type Result } from '../../../platform/index.ts';
import { cartItems, carts } from '../schema.ts';
import type { CartView } from '../views.ts';
import { findCart, itemsOfCart } from './find-cart.ts';
import { priceCart } from './price-cart.ts';

/** Sets a line's quantity; a line outside the caller's cart is CART_ITEM_NOT_FOUND. */
export async function setCartItemQuantity(
  ctx: Ctx,
  itemId: string,
  quantity: number,
): Promise<Result<CartView>> {
  return changeLine(ctx, itemId, async (tx, cartId) => {
    const updated = await tx.db
      .update(cartItems)
      .set({ quantity })
      .where(itemOf(tx, cartId, itemId))
      .returning({ id: cartItems.id });
    return updated.length > 0;
  });
}

export async function removeCartItem(ctx: Ctx, itemId: string): Promise<Result<CartView>> {
  return changeLine(ctx, itemId, async (tx, cartId) => {
    const removed = await tx.db
      .delete(cartItems)
      .where(itemOf(tx, cartId, itemId))
      .returning({ id: cartItems.id });
    return removed.length > 0;
  });
}

function itemOf(ctx: Ctx, cartId: string, itemId: string) {
  return and(
    eq(cartItems.merchantId, ctx.merchantId),
    eq(cartItems.cartId, cartId),
    eq(cartItems.id, itemId),
  );
}

async function changeLine(
  ctx: Ctx,
  itemId: string,
  change: (tx: Ctx, cartId: string) => Promise<boolean>,
): Promise<Result<CartView>> {
  return inTransaction(ctx, async (tx) => {
    const cart = await findCart(tx, { lock: true });
    if (!cart || !(await change(tx, cart.id))) return fail('CART_ITEM_NOT_FOUND');
    await tx.db
      .update(carts)
      .set({ updatedAt: new Date() })
      .where(and(eq(carts.merchantId, tx.merchantId), eq(carts.id, cart.id)));
    return ok(await priceCart(tx, cart, await itemsOfCart(tx, cart.id)));
  });
}
