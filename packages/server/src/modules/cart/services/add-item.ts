import { and, eq } from 'drizzle-orm';
import { fail, inTransaction, ok, type Ctx, type Currency, type Result } from '../../../platform/index.ts';
import { priceSkus } from '../../catalog/index.ts';
import { carts } from '../schema.ts';
import type { CartView } from '../views.ts';
import { addQuantity, MAX_CART_LINES } from './add-quantity.ts';
import { findOrCreateCart, itemsOfCart } from './find-cart.ts';
import { priceCart } from './price-cart.ts';

export interface AddCartItemInput {
  skuId: string;
  quantity: number;
}

/** Puts units of a SKU in the caller's cart (created on first use); adding a SKU again adds to its line. */
export async function addCartItem(ctx: Ctx, input: AddCartItemInput): Promise<Result<CartView>> {
  const [sku] = await priceSkus(ctx, [input.skuId]);
  if (!sku) return fail('SKU_NOT_FOUND');
  if (!sku.purchasable) return fail('PRODUCT_NOT_PURCHASABLE');
  return inTransaction(ctx, async (tx) => {
    const { cart, cartToken } = await findOrCreateCart(tx, sku.currency as Currency);
    const items = await itemsOfCart(tx, cart.id);
    // An emptied cart takes the currency of whatever comes next.
    const currency = items.length === 0 ? sku.currency : cart.currency;
    if (currency !== sku.currency) return fail('CART_CURRENCY_MISMATCH');
    if (items.length >= MAX_CART_LINES && !items.some((i) => i.skuId === sku.skuId)) return fail('CART_FULL');
    await addQuantity(tx, cart.id, sku.skuId, input.quantity);
    const [updated] = await tx.db
      .update(carts)
      .set({ currency, updatedAt: new Date() })
      .where(and(eq(carts.merchantId, tx.merchantId), eq(carts.id, cart.id)))
      .returning();
    const view = await priceCart(tx, updated ?? cart, await itemsOfCart(tx, cart.id));
    return ok(cartToken ? { ...view, cartToken } : view);
  });
}
