import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../../testing/harness.ts';
import { unwrap, withMerchant, type Ctx } from '../../../platform/index.ts';
import { merchantCtx, productInput, skuInput } from '../test-support.ts';
import { changeProductStatus } from './change-product-status.ts';
import { createProduct } from './create-product.ts';
import { defineAttribute } from './define-attribute.ts';
import { getStoreProduct } from './get-store-product.ts';
import { listProducts } from './list-products.ts';
import { upsertBrand } from './upsert-brand.ts';
import { upsertCategory } from './upsert-category.ts';

describeEachDatabase('catalog reads', (h) => {
  const ctx = (locale: Ctx['locale'] = 'zh-CN') => merchantCtx(h().database.db, locale);

  it('shows shoppers an active product in their locale, falling back per field set', async () => {
    const c = ctx('en');
    const category = unwrap(await upsertCategory(c, { name: { 'zh-CN': '外套' } }));
    const brand = unwrap(await upsertBrand(c, { name: { en: 'North', 'zh-CN': '北方' } }));
    unwrap(
      await defineAttribute(c, 'fill_power', { type: 'number', unit: 'FP', label: { 'zh-CN': '蓬松度' } }),
    );
    unwrap(
      await defineAttribute(c, 'waterproof', {
        type: 'boolean',
        label: { en: 'Waterproof', 'zh-CN': '防水' },
      }),
    );
    const zhOnly = unwrap(
      await createProduct(
        c,
        productInput({
          texts: { 'zh-CN': { title: '羽绒服', description: '九十鸭绒' } },
          categoryId: category.id,
          brandId: brand.id,
          attributes: { fill_power: 650, waterproof: true },
          skus: [skuInput({ listPrice: 3_000 }), skuInput({ listPrice: 2_000, status: 'inactive' })],
        }),
      ),
    );
    const view = unwrap(await getStoreProduct(c, zhOnly.id));
    expect(view).toMatchObject({
      title: '羽绒服',
      subtitle: null,
      description: '九十鸭绒',
      category: { id: category.id, name: '外套' },
      brand: { id: brand.id, name: 'North' },
      priceFrom: 3_000,
    });
    expect(view.attributes).toEqual([
      { key: 'fill_power', label: '蓬松度', type: 'number', unit: 'FP', value: 650 },
      { key: 'waterproof', label: 'Waterproof', type: 'boolean', unit: null, value: true },
    ]);
    // Only the SKU on sale is offered.
    expect(view.skus.map((s) => s.id)).toEqual([zhOnly.skus[0]!.id]);
    const enOnly = unwrap(
      await createProduct(c, productInput({ texts: { en: { title: 'Parka', subtitle: 'Warm' } } })),
    );
    expect(unwrap(await getStoreProduct({ ...c, locale: 'zh-CN' }, enOnly.id))).toMatchObject({
      title: 'Parka',
      subtitle: 'Warm',
    });
  });

  it('answers PRODUCT_NOT_FOUND for drafts, archived products and other shops', async () => {
    const c = ctx();
    const draft = unwrap(await createProduct(c, productInput({ status: 'draft' })));
    const active = unwrap(await createProduct(c, productInput()));
    expect(await getStoreProduct(c, draft.id)).toMatchObject({ ok: false, code: 'PRODUCT_NOT_FOUND' });
    expect(await getStoreProduct(withMerchant(c, 'mer_other'), active.id)).toMatchObject({
      code: 'PRODUCT_NOT_FOUND',
    });
    expect((await getStoreProduct(c, active.id)).ok).toBe(true);
    unwrap(await changeProductStatus(c, active.id, 'archived'));
    expect(await getStoreProduct(c, active.id)).toMatchObject({ code: 'PRODUCT_NOT_FOUND' });
  });

  it('lists products for the merchant with status, category, brand and title filters', async () => {
    const c = ctx('en');
    const cat = unwrap(await upsertCategory(c, { name: { en: 'Coats' } }));
    const brand = unwrap(await upsertBrand(c, { name: { en: 'North' } }));
    const make = async (title: string, extra: Parameters<typeof productInput>[0] = {}) =>
      unwrap(
        await createProduct(
          c,
          productInput({ texts: { en: { title }, 'zh-CN': { title: `中${title}` } }, ...extra }),
        ),
      ).id;
    const parka = await make('Arctic parka', { categoryId: cat.id, brandId: brand.id });
    const vest = await make('Down vest', { status: 'draft', categoryId: cat.id });
    const percent = await make('100% wool hat', { status: 'archived', brandId: brand.id });
    const boots = await make('Snow boots');
    const ids = async (query: Parameters<typeof listProducts>[1]) =>
      (await listProducts(c, query)).items.map((p) => p.id).sort();
    expect(await ids({})).toEqual([parka, vest, percent, boots].sort());
    expect(await ids({ status: 'draft' })).toEqual([vest]);
    expect(await ids({ categoryId: cat.id })).toEqual([parka, vest].sort());
    expect(await ids({ brandId: brand.id, status: 'archived' })).toEqual([percent]);
    expect(await ids({ q: 'PARKA' })).toEqual([parka]);
    expect(await ids({ q: '中Snow' })).toEqual([boots]);
    // % and _ are literal characters in the search, not wildcards.
    expect(await ids({ q: '0% w' })).toEqual([percent]);
    expect(await ids({ q: '%' })).toEqual([percent]);
    expect(await ids({ q: '_' })).toEqual([]);
    const first = await listProducts(c, { limit: 3 });
    const second = await listProducts(c, { limit: 3, cursor: first.nextCursor! });
    expect(first.items.map((p) => p.id)).toEqual([parka, vest, percent, boots].sort().reverse().slice(0, 3));
    expect(second).toMatchObject({
      nextCursor: null,
      items: [{ id: [parka, vest, percent, boots].sort()[0] }],
    });
    expect(second.items.concat(first.items).find((p) => p.id === parka)).toMatchObject({
      title: 'Arctic parka',
      status: 'active',
    });
    expect((await listProducts(withMerchant(c, 'mer_other'), {})).items).toEqual([]);
  });
});
