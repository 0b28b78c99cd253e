import { getStoreProduct } from '../../catalog/index.ts';
import { getOrderLines } from '../../orders/index.ts';
import { ok, type Ctx, type Result } from '../../../platform/index.ts';

/**
 * An empty answer about an id must not hide that the id names nothing: these confirm the product is on
 * sale (PRODUCT_NOT_FOUND otherwise) and the order is the shopper's own (ORDER_NOT_FOUND). Routes call
 * them only when they found nothing, so a product with reviews costs no extra look-up.
 */
export async function productOnSale(ctx: Ctx, productId: string): Promise<Result<true>> {
  const product = await getStoreProduct(ctx, productId);
  return product.ok ? ok(true) : product;
}

export async function ownOrder(ctx: Ctx, orderId: string): Promise<Result<true>> {
  // Lines only: opening the order's address here would be an audited personal-data read for nothing.
  const order = await getOrderLines(ctx, orderId);
  return order.ok ? ok(true) : order;
}
