import { and, eq } from 'drizzle-orm';
import { emit, fail, inTransaction, type Ctx, type Result } from '../../../platform/index.ts';
import { checkInput } from '../contracts/common.ts';
import { ProductPatch, type AdminProductView } from '../contracts/product.ts';
import { productTranslations, products } from '../schema.ts';
import { translationRows } from './create-product.ts';
import { getProduct } from './get-product.ts';
import { lockProduct } from './lock-product.ts';
import { checkReferences } from './product-references.ts';
import { validateAttributes } from './validate-attributes.ts';

/** Replaces the fields given (texts and attributes as a whole); SKUs and status have their own use cases. */
export async function updateProduct(
  ctx: Ctx,
  productId: string,
  raw: ProductPatch,
): Promise<Result<AdminProductView>> {
  const parsed = checkInput(ProductPatch, raw);
  if (!parsed.ok) return parsed;
  const patch = parsed.value;
  return inTransaction(ctx, async (tx) => {
    const current = await lockProduct(tx, productId);
    if (!current) return fail('PRODUCT_NOT_FOUND');
    const refs = await checkReferences(tx, patch);
    if (!refs.ok) return refs;
    if (patch.attributes) {
      const attributeCheck = await validateAttributes(tx, patch.attributes);
      if (!attributeCheck.ok) return attributeCheck;
    }
    await tx.db
      .update(products)
      .set({
        ...(patch.categoryId !== undefined ? { categoryId: patch.categoryId } : {}),
        ...(patch.brandId !== undefined ? { brandId: patch.brandId } : {}),
        ...(patch.tags ? { tags: [...new Set(patch.tags)] } : {}),
        ...(patch.images ? { images: patch.images.map((i) => ({ url: i.url, alt: i.alt ?? null })) } : {}),
        ...(patch.attributes ? { attributes: patch.attributes } : {}),
        updatedAt: new Date(),
      })
      .where(and(eq(products.merchantId, ctx.merchantId), eq(products.id, productId)));
    if (patch.texts) {
      await tx.db
        .delete(productTranslations)
        .where(
          and(
            eq(productTranslations.merchantId, ctx.merchantId),
            eq(productTranslations.productId, productId),
          ),
        );
      await tx.db.insert(productTranslations).values(translationRows(ctx.merchantId, productId, patch.texts));
    }
    await emit(tx, 'product.updated', { productId });
    return getProduct(tx, productId);
  });
}
