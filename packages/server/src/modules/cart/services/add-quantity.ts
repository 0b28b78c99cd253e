import { sql } from 'drizzle-orm';
import { newId, type Ctx } from '../../../platform/index.ts';
import { cartItems } from '../schema.ts';

export const MAX_LINE_QUANTITY = 999;
export const MAX_CART_LINES = 100;

/** Adds units of a SKU to a cart line, creating it if needed; the total is capped rather than refused. */
export async function addQuantity(ctx: Ctx, cartId: string, skuId: string, quantity: number): Promise<void> {
  await ctx.db
    .insert(cartItems)
    .values({
      id: newId('citem'),
      merchantId: ctx.merchantId,
      cartId,
      skuId,
      quantity: Math.min(quantity, MAX_LINE_QUANTITY),
    })
    .onConflictDoUpdate({
      target: [cartItems.cartId, cartItems.skuId],
      set: { quantity: sql`least(${cartItems.quantity} + excluded.quantity, ${MAX_LINE_QUANTITY})` },
    });
}
