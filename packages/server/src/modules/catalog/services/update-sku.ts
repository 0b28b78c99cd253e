import { and, eq } from 'drizzle-orm';
import { emit, fail, inTransaction, ok, type Ctx, type Result } from '../../../platform/index.ts';
import { checkInput } from '../contracts/common.ts';
import { SkuPatch, type AdminSkuView } from '../contracts/product.ts';
import { skus } from '../schema.ts';
import { lockProduct, touchProduct } from './lock-product.ts';
import { toAdminSku } from './product-views.ts';
import { checkCodesFree, checkSkuPricing, refreshPriceFrom, refusingCodeRace } from './sku-rules.ts';

/**
 * Changes a SKU's price, code, specs or status. SKUs are never deleted: carts and orders name them, so
 * one that is no longer sold is made inactive.
 */
export async function updateSku(
  ctx: Ctx,
  productId: string,
  skuId: string,
  raw: SkuPatch,
): Promise<Result<AdminSkuView>> {
  const parsed = checkInput(SkuPatch, raw);
  if (!parsed.ok) return parsed;
  const patch = parsed.value;
  return refusingCodeRace(ctx, () =>
    inTransaction(ctx, async (tx) => {
      const product = await lockProduct(tx, productId);
      if (!product) return fail('PRODUCT_NOT_FOUND');
      const where = and(
        eq(skus.merchantId, ctx.merchantId),
        eq(skus.productId, productId),
        eq(skus.id, skuId),
      );
      const [current] = await tx.db.select().from(skus).where(where);
      if (!current) return fail('SKU_NOT_FOUND');
      const next = { ...current, ...patch };
      const pricing = checkSkuPricing(product.currency, [next]);
      if (!pricing.ok) return pricing;
      if (patch.code && patch.code !== current.code) {
        const codes = await checkCodesFree(tx, [patch.code], skuId);
        if (!codes.ok) return codes;
      }
      const [row] = await tx.db
        .update(skus)
        .set({ ...patch, updatedAt: new Date() })
        .where(where)
        .returning();
      await refreshPriceFrom(tx, productId);
      await touchProduct(tx, productId);
      await emit(tx, 'product.updated', { productId });
      return ok(toAdminSku(row!));
    }),
  );
}
