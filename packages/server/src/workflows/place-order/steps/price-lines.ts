import { fail, ok, type Currency } from '../../../platform/index.ts';
import { priceSkus } from '../../../modules/catalog/index.ts';
import type { CreateOrderLine } from '../../../modules/orders/index.ts';
import { undoneByRollback, type Step } from '../../runner.ts';

/** What is being ordered: the shopper's cart, or the lines of a "buy now" (cartId and currency null). */
export interface OrderSource {
  cartId: string | null;
  currency: Currency | null;
  items: { skuId: string; quantity: number }[];
}

export interface PricedLines {
  currency: Currency;
  lines: CreateOrderLine[];
  subtotal: number;
}

/**
 * Prices the cart from the catalog as it is now (never from anything the client or the cart kept).
 * A line no longer on sale, gone, or in another currency refuses the whole checkout and is named.
 */
export const priceLinesStep: Step<OrderSource, PricedLines> = {
  name: 'price-lines',
  async invoke(ctx, cart) {
    const priced = new Map(
      (
        await priceSkus(
          ctx,
          cart.items.map((i) => i.skuId),
        )
      ).map((p) => [p.skuId, p]),
    );
    // A buy-now order is in the currency of what it buys; mixing currencies is refused below.
    const currency = cart.currency ?? priced.get(cart.items[0]?.skuId ?? '')?.currency;
    const lines: CreateOrderLine[] = [];
    const refused: string[] = [];
    for (const item of cart.items) {
      const sku = priced.get(item.skuId);
      if (!sku || !sku.purchasable || sku.currency !== currency) {
        refused.push(item.skuId);
        continue;
      }
      lines.push({
        skuId: sku.skuId,
        productId: sku.productId,
        productTitle: sku.productTitle,
        skuCode: sku.skuCode,
        specs: sku.specs,
        imageUrl: sku.imageUrl,
        weightGrams: sku.weightGrams,
        unitPrice: sku.unitPrice,
        listPrice: sku.listPrice,
        quantity: item.quantity,
      });
    }
    if (refused.length > 0) {
      return fail('PRODUCT_NOT_PURCHASABLE', 'Remove these items from the cart', { skuIds: refused });
    }
    const subtotal = lines.reduce((sum, l) => sum + l.unitPrice * l.quantity, 0);
    return ok({ currency: currency as Currency, lines, subtotal });
  },
  compensate: undoneByRollback,
};
