import { and, eq, max } from 'drizzle-orm';
import { emit, fail, inTransaction, newId, ok, type Ctx, type Result } from '../../../platform/index.ts';
import { checkInput } from '../contracts/common.ts';
import { SkuInput, type AdminSkuView } from '../contracts/product.ts';
import { skus } from '../schema.ts';
import { lockProduct, touchProduct } from './lock-product.ts';
import { toAdminSku } from './product-views.ts';
import { checkCodesFree, checkSkuPricing, refreshPriceFrom, refusingCodeRace } from './sku-rules.ts';

export async function addSku(ctx: Ctx, productId: string, raw: SkuInput): Promise<Result<AdminSkuView>> {
  const parsed = checkInput(SkuInput, raw);
  if (!parsed.ok) return parsed;
  const input = { ...parsed.value, salePrice: parsed.value.salePrice ?? parsed.value.listPrice };
  return refusingCodeRace(ctx, () =>
    inTransaction(ctx, async (tx) => {
      const product = await lockProduct(tx, productId);
      if (!product) return fail('PRODUCT_NOT_FOUND');
      const pricing = checkSkuPricing(product.currency, [input]);
      if (!pricing.ok) return pricing;
      const codes = await checkCodesFree(tx, [input.code]);
      if (!codes.ok) return codes;
      const [last] = await tx.db
        .select({ position: max(skus.position) })
        .from(skus)
        .where(and(eq(skus.merchantId, ctx.merchantId), eq(skus.productId, productId)));
      const now = new Date();
      const [row] = await tx.db
        .insert(skus)
        .values({
          id: newId('sku'),
          merchantId: ctx.merchantId,
          productId,
          code: input.code,
          specs: input.specs ?? {},
          listPrice: input.listPrice,
          salePrice: input.salePrice,
          currency: input.currency,
          weightGrams: input.weightGrams ?? 0,
          barcode: input.barcode ?? null,
          imageUrl: input.imageUrl ?? null,
          status: input.status ?? 'active',
          position: (last?.position ?? -1) + 1,
          createdAt: now,
          updatedAt: now,
        })
        .returning();
      await refreshPriceFrom(tx, productId);
      await touchProduct(tx, productId);
      await emit(tx, 'product.updated', { productId });
      return ok(toAdminSku(row!));
    }),
  );
}
