import { emit, inTransaction, newId, type Ctx, type Locale, type Result } from '../../../platform/index.ts';
import { checkInput } from '../contracts/common.ts';
import { ProductInput, type AdminProductView, type ProductTexts } from '../contracts/product.ts';
import { productTranslations, products, skus } from '../schema.ts';
import { checkReferences } from './product-references.ts';
import { getProduct } from './get-product.ts';
import { checkCodesFree, checkSkuPricing, refreshPriceFrom, refusingCodeRace } from './sku-rules.ts';
import { validateAttributes } from './validate-attributes.ts';

export function translationRows(merchantId: string, productId: string, texts: ProductTexts) {
  return (Object.keys(texts) as Locale[]).flatMap((locale) => {
    const text = texts[locale];
    if (!text) return [];
    return [
      {
        merchantId,
        productId,
        locale,
        title: text.title,
        subtitle: text.subtitle ?? null,
        description: text.description ?? null,
      },
    ];
  });
}

/**
 * Creates a product with its SKUs. Everything is checked before the first write, so a refusal leaves no
 * rows behind; `product.created` is recorded in the same transaction.
 */
export async function createProduct(ctx: Ctx, raw: ProductInput): Promise<Result<AdminProductView>> {
  const parsed = checkInput(ProductInput, raw);
  if (!parsed.ok) return parsed;
  const input = parsed.value;
  const skuInputs = input.skus.map((s) => ({ ...s, salePrice: s.salePrice ?? s.listPrice }));
  const currency = skuInputs[0]?.currency ?? 'CNY';
  const pricing = checkSkuPricing(currency, skuInputs);
  if (!pricing.ok) return pricing;

  return refusingCodeRace(ctx, () =>
    inTransaction(ctx, async (tx) => {
      const refs = await checkReferences(tx, input);
      if (!refs.ok) return refs;
      const attributes = input.attributes ?? {};
      const attributeCheck = await validateAttributes(tx, attributes);
      if (!attributeCheck.ok) return attributeCheck;
      const codes = await checkCodesFree(
        tx,
        skuInputs.map((s) => s.code),
      );
      if (!codes.ok) return codes;

      const productId = newId('prod');
      const now = new Date();
      await tx.db.insert(products).values({
        id: productId,
        merchantId: ctx.merchantId,
        status: input.status ?? 'draft',
        categoryId: input.categoryId ?? null,
        brandId: input.brandId ?? null,
        tags: [...new Set(input.tags ?? [])],
        images: (input.images ?? []).map((i) => ({ url: i.url, alt: i.alt ?? null })),
        attributes,
        currency,
        createdAt: now,
        updatedAt: now,
      });
      await tx.db.insert(productTranslations).values(translationRows(ctx.merchantId, productId, input.texts));
      await tx.db.insert(skus).values(
        skuInputs.map((s, position) => ({
          id: newId('sku'),
          merchantId: ctx.merchantId,
          productId,
          code: s.code,
          specs: s.specs ?? {},
          listPrice: s.listPrice,
          salePrice: s.salePrice,
          currency: s.currency,
          weightGrams: s.weightGrams ?? 0,
          barcode: s.barcode ?? null,
          imageUrl: s.imageUrl ?? null,
          status: s.status ?? 'active',
          position,
          createdAt: now,
          updatedAt: now,
        })),
      );
      await refreshPriceFrom(tx, productId);
      await emit(tx, 'product.created', { productId });
      return getProduct(tx, productId);
    }),
  );
}
