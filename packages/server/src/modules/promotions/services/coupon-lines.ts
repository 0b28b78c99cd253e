import { getStoreProduct, listCategories } from '../../catalog/index.ts';
import type { Ctx } from '../../../platform/index.ts';
import { categoryLineage, type CouponLine } from '../discount.ts';

export interface PricedLine {
  skuId: string;
  productId: string;
  lineTotal: number;
}

/**
 * The lines with their products' category lineage. Only category-scoped coupons need the lineage, so the
 * catalog is asked only for them.
 */
export async function couponLinesOf(
  ctx: Ctx,
  lines: readonly PricedLine[],
  withCategories: boolean,
): Promise<CouponLine[]> {
  if (!withCategories) return lines.map((line) => ({ ...line, categoryIds: [] }));
  const parentOf = new Map((await listCategories(ctx)).map((c) => [c.id, c.parentId]));
  const lineageOf = new Map<string, string[]>();
  for (const productId of new Set(lines.map((l) => l.productId))) {
    const product = await getStoreProduct(ctx, productId);
    lineageOf.set(
      productId,
      categoryLineage(product.ok ? (product.value.category?.id ?? null) : null, parentOf),
    );
  }
  return lines.map((line) => ({ ...line, categoryIds: lineageOf.get(line.productId) ?? [] }));
}
