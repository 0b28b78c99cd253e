import { and, eq, isNull } from 'drizzle-orm';
import { inTransaction, type Ctx } from '../../../platform/index.ts';
import { cartItems, carts } from '../schema.ts';
import { addQuantity, MAX_CART_LINES } from './add-quantity.ts';
import { hashCartToken } from './cart-token.ts';

/**
 * Moves a guest cart into the shopper's cart when they sign in: quantities of the same SKU add up (capped).
 * Idempotent: the guest cart is marked merged under its row lock, so a repeat (the sign-in event
 * delivered twice, or racing the lazy merge on the shopper's next request) finds nothing left to do.
 */
export async function mergeGuestCart(
  ctx: Ctx,
  customerId: string,
  cartToken: string,
): Promise<{ merged: boolean }> {
  return inTransaction(ctx, async (tx) => {
    const [guest] = await tx.db
      .select()
      .from(carts)
      .where(
        and(
          eq(carts.merchantId, ctx.merchantId),
          eq(carts.tokenHash, hashCartToken(cartToken)),
          isNull(carts.customerId),
          eq(carts.status, 'active'),
        ),
      )
      .for('update');
    if (!guest) return { merged: false };
    const [own] = await tx.db
      .select()
      .from(carts)
      .where(
        and(
          eq(carts.merchantId, ctx.merchantId),
          eq(carts.customerId, customerId),
          eq(carts.status, 'active'),
        ),
      )
      .for('update');
    if (!own) {
      // Nothing to merge into: the guest cart simply becomes the shopper's, and its token stops working.
      await tx.db
        .update(carts)
        .set({ customerId, tokenHash: null, updatedAt: new Date() })
        .where(and(eq(carts.merchantId, ctx.merchantId), eq(carts.id, guest.id)));
      return { merged: true };
    }
    const guestItems = await tx.db
      .select()
      .from(cartItems)
      .where(and(eq(cartItems.merchantId, ctx.merchantId), eq(cartItems.cartId, guest.id)));
    const ownSkus = new Set(
      (
        await tx.db
          .select({ skuId: cartItems.skuId })
          .from(cartItems)
          .where(and(eq(cartItems.merchantId, ctx.merchantId), eq(cartItems.cartId, own.id)))
      ).map((r) => r.skuId),
    );
    for (const item of guestItems) {
      if (!ownSkus.has(item.skuId) && ownSkus.size >= MAX_CART_LINES) continue; // past the limit: dropped
      ownSkus.add(item.skuId);
      await addQuantity(tx, own.id, item.skuId, item.quantity);
    }
    await tx.db
      .delete(cartItems)
      .where(and(eq(cartItems.merchantId, ctx.merchantId), eq(cartItems.cartId, guest.id)));
    await tx.db
      .update(carts)
      .set({ status: 'merged', tokenHash: null, updatedAt: new Date() })
      .where(and(eq(carts.merchantId, ctx.merchantId), eq(carts.id, guest.id)));
    await tx.db
      .update(carts)
      .set({ updatedAt: new Date() })
      .where(and(eq(carts.merchantId, ctx.merchantId), eq(carts.id, own.id)));
    return { merged: true };
  });
}
