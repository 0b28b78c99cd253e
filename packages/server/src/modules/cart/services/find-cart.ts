import { and, asc, eq, isNull } from 'drizzle-orm';
import { newId, type Ctx, type Currency } from '../../../platform/index.ts';
import { cartItems, carts, type CartItemRow, type CartRow } from '../schema.ts';
import { guestTokenOf, hashCartToken, newCartToken } from './cart-token.ts';

/** The caller's active cart: the shopper's own, or the guest's by token. Locked when asked. */
export async function findCart(ctx: Ctx, options: { lock?: boolean } = {}): Promise<CartRow | undefined> {
  const owner = ownerFilter(ctx);
  if (!owner) return undefined;
  const query = ctx.db
    .select()
    .from(carts)
    .where(and(eq(carts.merchantId, ctx.merchantId), eq(carts.status, 'active'), owner));
  const [row] = options.lock ? await query.for('update') : await query;
  return row;
}

function ownerFilter(ctx: Ctx) {
  if (ctx.actor.kind === 'shopper') return eq(carts.customerId, ctx.actor.customerId);
  const token = guestTokenOf(ctx);
  if (token) return and(isNull(carts.customerId), eq(carts.tokenHash, hashCartToken(token)));
  return undefined;
}

/**
 * The caller's cart, created when missing. A guest's new cart comes with its token, which is only
 * ever shown this once. A shopper's concurrent first adds meet on the one-active-cart index.
 */
export async function findOrCreateCart(
  ctx: Ctx,
  currency: Currency,
): Promise<{ cart: CartRow; cartToken?: string }> {
  const existing = await findCart(ctx, { lock: true });
  if (existing) return { cart: existing };
  const customerId = ctx.actor.kind === 'shopper' ? ctx.actor.customerId : null;
  const cartToken = customerId ? undefined : newCartToken();
  const [created] = await ctx.db
    .insert(carts)
    .values({
      id: newId('cart'),
      merchantId: ctx.merchantId,
      customerId,
      tokenHash: cartToken ? hashCartToken(cartToken) : null,
      currency,
    })
    .onConflictDoNothing()
    .returning();
  if (created) return cartToken ? { cart: created, cartToken } : { cart: created };
  const raced = await findCart(ctx, { lock: true });
  if (!raced) throw new Error('cart vanished after a conflicting insert');
  return { cart: raced };
}

export async function itemsOfCart(ctx: Ctx, cartId: string): Promise<CartItemRow[]> {
  return ctx.db
    .select()
    .from(cartItems)
    .where(and(eq(cartItems.merchantId, ctx.merchantId), eq(cartItems.cartId, cartId)))
    .orderBy(asc(cartItems.id));
}
