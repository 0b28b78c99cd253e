import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../../testing/harness.ts';
import { unwrap, withMerchant, type Ctx } from '../../../platform/index.ts';
import { merchantCtx, productInput, skuInput } from '../test-support.ts';
import { changeProductStatus } from './change-product-status.ts';
import { createProduct } from './create-product.ts';
import { listProductsForIndexing } from './list-products-for-indexing.ts';
import { priceSkus } from './price-skus.ts';
import { updateSku } from './update-sku.ts';
import { upsertBrand } from './upsert-brand.ts';
import { upsertCategory } from './upsert-category.ts';

describeEachDatabase('catalog pricing and indexing', (h) => {
  const ctx = (locale: Ctx['locale'] = 'zh-CN') => merchantCtx(h().database.db, locale);

  it('prices SKUs from the catalog, in the order asked, with purchasability', async () => {
    const c = ctx('en');
    const product = unwrap(
      await createProduct(
        c,
        productInput({
          images: [{ url: '/p.jpg' }],
          skus: [
            skuInput({ listPrice: 9_900, salePrice: 7_900, weightGrams: 800, specs: { size: 'L' } }),
            skuInput({ listPrice: 5_000, imageUrl: '/own.jpg' }),
          ],
        }),
      ),
    );
    const [a, b] = product.skus;
    const draft = unwrap(await createProduct(c, productInput({ status: 'draft' })));
    const foreign = unwrap(await createProduct(ctx(), productInput()));
    const priced = await priceSkus(c, [
      b!.id,
      'sku_unknown',
      a!.id,
      draft.skus[0]!.id,
      foreign.skus[0]!.id,
      a!.id,
    ]);
    expect(priced).toEqual([
      {
        skuId: b!.id,
        productId: product.id,
        productTitle: 'Down jacket',
        skuCode: b!.code,
        specs: {},
        unitPrice: 5_000,
        listPrice: 5_000,
        currency: 'CNY',
        weightGrams: 500,
        imageUrl: '/own.jpg',
        purchasable: true,
      },
      {
        skuId: a!.id,
        productId: product.id,
        productTitle: 'Down jacket',
        skuCode: a!.code,
        specs: { size: 'L' },
        unitPrice: 7_900,
        listPrice: 9_900,
        currency: 'CNY',
        weightGrams: 800,
        imageUrl: '/p.jpg',
        purchasable: true,
      },
      expect.objectContaining({ skuId: draft.skus[0]!.id, purchasable: false }),
    ]);
    unwrap(await updateSku(c, product.id, a!.id, { status: 'inactive', salePrice: 6_900 }));
    const [after] = await priceSkus({ ...c, locale: 'zh-CN' }, [a!.id]);
    expect(after).toMatchObject({ unitPrice: 6_900, purchasable: false, productTitle: '羽绒服' });
    unwrap(await changeProductStatus(c, draft.id, 'active'));
    expect((await priceSkus(c, [draft.skus[0]!.id]))[0]?.purchasable).toBe(true);
    expect(await priceSkus(c, [])).toEqual([]);
  });

  it('lists active products for indexing with names, category path and paging', async () => {
    const c = ctx();
    const root = unwrap(await upsertCategory(c, { name: { 'zh-CN': '服装', en: 'Apparel' } }));
    const leaf = unwrap(await upsertCategory(c, { name: { en: 'Coats' }, parentId: root.id }));
    const brand = unwrap(await upsertBrand(c, { name: { 'zh-CN': '北方' } }));
    const ids: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      const created = unwrap(
        await createProduct(
          c,
          productInput({
            categoryId: leaf.id,
            brandId: brand.id,
            tags: [`t${i}`],
            skus: [skuInput({ listPrice: 1_000 + i, salePrice: 900 + i }), skuInput({ listPrice: 5_000 })],
          }),
        ),
      );
      ids.push(created.id);
    }
    unwrap(await createProduct(c, productInput({ status: 'draft' })));
    unwrap(await createProduct(c, productInput({ skus: [skuInput({ status: 'inactive' })] })));
    unwrap(await createProduct(withMerchant(c, `${c.merchantId}-other`), productInput()));
    const first = await listProductsForIndexing(c, { limit: 3 });
    const second = await listProductsForIndexing(c, {
      limit: 3,
      afterId: first[first.length - 1]!.productId,
    });
    const seen = [...first, ...second].map((p) => p.productId);
    expect(first).toHaveLength(3);
    expect(seen).toEqual([...ids].sort());
    const one = [...first, ...second].find((p) => p.productId === ids[2])!;
    expect(one).toMatchObject({
      texts: { 'zh-CN': { title: '羽绒服' }, en: { title: 'Down jacket' } },
      tags: ['t2'],
      brand: { id: brand.id, name: { 'zh-CN': '北方' } },
      category: { id: leaf.id, name: { en: 'Coats' } },
      categoryPath: [leaf.id, root.id],
      minPrice: 902,
      currency: 'CNY',
    });
    expect(one.skuCodes).toHaveLength(2);
    const narrowed = await listProductsForIndexing(c, { limit: 10, productIds: [ids[4]!, 'prod_gone'] });
    expect(narrowed.map((p) => p.productId)).toEqual([ids[4]]);
    unwrap(await changeProductStatus(c, ids[4]!, 'archived'));
    expect(await listProductsForIndexing(c, { limit: 10, productIds: [ids[4]!] })).toEqual([]);
  });
});
