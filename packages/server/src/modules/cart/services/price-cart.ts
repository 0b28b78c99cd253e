import type { Ctx, Currency } from '../../../platform/index.ts';
import { priceSkus, type PricedSku } from '../../catalog/index.ts';
import { getAvailability } from '../../inventory/index.ts';
import type { CartItemRow, CartRow } from '../schema.ts';
import type { CartLine, CartView } from '../views.ts';

/**
 * Prices every line from the catalog now. Nothing price-like is stored in the cart, so a price change,
 * a product taken off sale or a client's tampered request can never reach checkout.
 */
export async function priceCart(
  ctx: Ctx,
  cart: CartRow | undefined,
  items: CartItemRow[],
): Promise<CartView> {
  if (!cart) return { id: null, currency: null, lines: [], itemCount: 0, subtotal: 0, checkoutReady: false };
  const skuIds = items.map((i) => i.skuId);
  const [priced, availability] =
    skuIds.length === 0
      ? [[], new Map<string, number>()]
      : await Promise.all([priceSkus(ctx, skuIds), getAvailability(ctx, skuIds)]);
  const bySku = new Map(priced.map((p) => [p.skuId, p]));
  const lines = items.map((item) =>
    toLine(item, bySku.get(item.skuId), availability.get(item.skuId) ?? 0, cart.currency),
  );
  const sellable = lines.filter((l) => l.purchasable);
  return {
    id: cart.id,
    currency: cart.currency as Currency,
    lines,
    itemCount: lines.reduce((n, l) => n + l.quantity, 0),
    subtotal: sellable.reduce((sum, l) => sum + l.lineTotal, 0),
    checkoutReady: lines.length > 0 && lines.every((l) => l.purchasable && l.inStock),
  };
}

function toLine(
  item: CartItemRow,
  sku: PricedSku | undefined,
  available: number,
  currency: string,
): CartLine {
  // A SKU priced in another currency than the cart's cannot be summed with it: treat it as not on sale.
  const purchasable = Boolean(sku?.purchasable) && sku?.currency === currency;
  return {
    id: item.id,
    skuId: item.skuId,
    quantity: item.quantity,
    productId: sku?.productId ?? null,
    productTitle: sku?.productTitle ?? null,
    skuCode: sku?.skuCode ?? null,
    specs: sku?.specs ?? {},
    imageUrl: sku?.imageUrl ?? null,
    unitPrice: sku?.unitPrice ?? null,
    listPrice: sku?.listPrice ?? null,
    lineTotal: purchasable && sku ? sku.unitPrice * item.quantity : 0,
    purchasable,
    available,
    inStock: available >= item.quantity,
  };
}
