import { and, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../../testing/harness.ts';
import { inTransaction, unwrap, withMerchant, type Ctx } from '../../../platform/index.ts';
import { productTranslations, products, skus } from '../schema.ts';
import { eventsOf, merchantCtx, productInput, skuInput } from '../test-support.ts';
import { addSku } from './add-sku.ts';
import { changeProductStatus } from './change-product-status.ts';
import { createProduct } from './create-product.ts';
import { defineAttribute } from './define-attribute.ts';
import { deleteProduct } from './delete-product.ts';
import { getProduct } from './get-product.ts';
import { updateProduct } from './update-product.ts';
import { updateSku } from './update-sku.ts';

describeEachDatabase('catalog products', (h) => {
  const ctx = (locale: Ctx['locale'] = 'zh-CN') => merchantCtx(h().database.db, locale);
  const rowCounts = async (c: Ctx) => ({
    products: (await c.db.select().from(products).where(eq(products.merchantId, c.merchantId))).length,
    skus: (await c.db.select().from(skus).where(eq(skus.merchantId, c.merchantId))).length,
    texts: (
      await c.db.select().from(productTranslations).where(eq(productTranslations.merchantId, c.merchantId))
    ).length,
  });

  it('creates a product with its SKUs, texts and lowest active price', async () => {
    const c = ctx();
    const created = unwrap(
      await createProduct(
        c,
        productInput({
          tags: ['winter', 'winter', 'sale'],
          images: [{ url: 'https://cdn.example/a.jpg', alt: 'front' }, { url: '/img/b.jpg' }],
          skus: [
            skuInput({ listPrice: 50_000, salePrice: 45_000, specs: { 颜色: '黑色', size: 'M' } }),
            skuInput({ listPrice: 50_000, salePrice: 30_000, status: 'inactive' }),
            skuInput({ listPrice: 42_000, salePrice: undefined }),
          ],
        }),
      ),
    );
    expect(created.id).toMatch(/^prod_[0-9a-z]{26}$/);
    expect(created.title).toBe('羽绒服');
    expect(created.texts.en?.title).toBe('Down jacket');
    expect(created.tags).toEqual(['winter', 'sale']);
    expect(created.images).toEqual([
      { url: 'https://cdn.example/a.jpg', alt: 'front' },
      { url: '/img/b.jpg', alt: null },
    ]);
    expect(created.skus.map((s) => s.salePrice)).toEqual([45_000, 30_000, 42_000]);
    expect(created.skus.map((s) => s.position)).toEqual([0, 1, 2]);
    expect(created.skus[0]?.specs).toEqual({ 颜色: '黑色', size: 'M' });
    // The inactive SKU's lower price does not count.
    expect(created.priceFrom).toBe(42_000);
    expect(await rowCounts(c)).toEqual({ products: 1, skus: 3, texts: 2 });
  });

  it('refuses invalid input and writes nothing', async () => {
    const c = ctx();
    const cases: [unknown, string][] = [
      [{ ...productInput(), colour: 'red' }, 'VALIDATION_FAILED'],
      [productInput({ texts: {} }), 'VALIDATION_FAILED'],
      [productInput({ skus: [] }), 'VALIDATION_FAILED'],
      [productInput({ skus: [{ ...skuInput(), price: 1 } as never] }), 'VALIDATION_FAILED'],
      [productInput({ skus: [skuInput({ listPrice: -1 })] }), 'VALIDATION_FAILED'],
      [productInput({ skus: [skuInput({ specs: { ['k'.repeat(41)]: 'v' } })] }), 'VALIDATION_FAILED'],
      [productInput({ attributes: { 'Not-A-Key': true } }), 'VALIDATION_FAILED'],
      [productInput({ skus: [skuInput({ listPrice: 100, salePrice: 101 })] }), 'SALE_PRICE_ABOVE_LIST'],
      [productInput({ skus: [skuInput(), skuInput({ currency: 'USD' })] }), 'SKU_CURRENCY_MISMATCH'],
      [productInput({ skus: [skuInput({ code: 'DUP-1' }), skuInput({ code: 'DUP-1' })] }), 'SKU_CODE_TAKEN'],
      [productInput({ categoryId: 'cat_01hzzzzzzzzzzzzzzzzzzzzzzz' }), 'CATEGORY_NOT_FOUND'],
      [productInput({ brandId: 'brand_01hzzzzzzzzzzzzzzzzzzzzzzz' }), 'BRAND_NOT_FOUND'],
      [productInput({ attributes: { waterproof: true } }), 'ATTRIBUTE_NOT_DEFINED'],
    ];
    for (const [input, code] of cases) {
      const result = await createProduct(c, input as never);
      expect(result.ok ? 'ok' : result.code, JSON.stringify(input)).toBe(code);
    }
    expect(await rowCounts(c)).toEqual({ products: 0, skus: 0, texts: 0 });
    expect(await eventsOf(c, 'product.created')).toHaveLength(0);
  });

  it('validates attribute values against their definitions', async () => {
    const c = ctx();
    unwrap(await defineAttribute(c, 'waterproof', { type: 'boolean', label: { 'zh-CN': '防水' } }));
    unwrap(
      await defineAttribute(c, 'fill_power', { type: 'number', unit: 'FP', label: { en: 'Fill power' } }),
    );
    unwrap(
      await defineAttribute(c, 'season', {
        type: 'enum',
        label: { en: 'Season' },
        options: ['winter', 'summer'],
      }),
    );
    unwrap(await defineAttribute(c, 'age_range', { type: 'range', label: { en: 'Age' } }));
    const refused: [Record<string, unknown>, string][] = [
      [{ waterproof: 'yes' }, 'waterproof'],
      [{ fill_power: '600' }, 'fill_power'],
      [{ season: 'spring' }, 'season'],
      [{ age_range: { min: 6, max: 3 } }, 'age_range'],
      [{ age_range: 4 }, 'age_range'],
    ];
    for (const [attributes, attribute] of refused) {
      const result = await createProduct(c, productInput({ attributes: attributes as never }));
      expect(result).toMatchObject({ ok: false, code: 'ATTRIBUTE_VALUE_INVALID', data: { attribute } });
    }
    expect((await rowCounts(c)).products).toBe(0);
    const good = unwrap(
      await createProduct(
        c,
        productInput({
          attributes: { waterproof: true, fill_power: 650, season: 'winter', age_range: { min: 3, max: 6 } },
        }),
      ),
    );
    expect(good.attributes).toEqual({
      waterproof: true,
      fill_power: 650,
      season: 'winter',
      age_range: { min: 3, max: 6 },
    });
    // Redefining waterproof as a number would orphan the stored boolean.
    const redefine = await defineAttribute(c, 'waterproof', { type: 'number', label: { en: 'Waterproof' } });
    expect(redefine).toMatchObject({ ok: false, code: 'ATTRIBUTE_IN_USE', data: { productIds: [good.id] } });
    const dropOption = await defineAttribute(c, 'season', {
      type: 'enum',
      label: { en: 'S' },
      options: ['summer'],
    });
    expect(dropOption).toMatchObject({ ok: false, code: 'ATTRIBUTE_IN_USE' });
    const addOption = await defineAttribute(c, 'season', {
      type: 'enum',
      label: { en: 'S' },
      options: ['summer', 'winter', 'autumn'],
    });
    expect(addOption.ok).toBe(true);
  });

  it('keeps SKU codes unique per merchant but not across merchants', async () => {
    const a = ctx();
    const b = ctx();
    unwrap(await createProduct(a, productInput({ skus: [skuInput({ code: 'SHARED-1' })] })));
    const again = await createProduct(a, productInput({ skus: [skuInput({ code: 'SHARED-1' })] }));
    expect(again).toMatchObject({ ok: false, code: 'SKU_CODE_TAKEN', data: { skuCode: 'SHARED-1' } });
    expect((await createProduct(b, productInput({ skus: [skuInput({ code: 'SHARED-1' })] }))).ok).toBe(true);
  });

  it('updates fields, replaces texts and emits product.updated', async () => {
    const c = ctx('en');
    const created = unwrap(await createProduct(c, productInput()));
    const updated = unwrap(
      await updateProduct(c, created.id, { texts: { 'zh-CN': { title: '新羽绒服' } }, tags: ['new'] }),
    );
    expect(updated.texts).toEqual({ 'zh-CN': { title: '新羽绒服' } });
    // The English text is gone, so an English reader falls back to Chinese.
    expect(updated.title).toBe('新羽绒服');
    expect(updated.tags).toEqual(['new']);
    expect(updated.updatedAt >= created.updatedAt).toBe(true);
    expect(await eventsOf(c, 'product.updated')).toHaveLength(1);
    expect(await updateProduct(c, created.id, {})).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
    expect(await updateProduct(ctx(), created.id, { tags: ['x'] })).toMatchObject({
      code: 'PRODUCT_NOT_FOUND',
    });
  });

  it('adds and changes SKUs, keeping price rules and the lowest price', async () => {
    const c = ctx();
    const created = unwrap(
      await createProduct(c, productInput({ skus: [skuInput({ listPrice: 9_000, salePrice: 9_000 })] })),
    );
    const added = unwrap(await addSku(c, created.id, skuInput({ listPrice: 7_000, salePrice: 6_000 })));
    expect(added.position).toBe(1);
    expect(unwrap(await getProduct(c, created.id)).priceFrom).toBe(6_000);
    expect(await addSku(c, created.id, skuInput({ currency: 'USD' }))).toMatchObject({
      code: 'SKU_CURRENCY_MISMATCH',
    });
    expect(await updateSku(c, created.id, added.id, { listPrice: 5_000 })).toMatchObject({
      code: 'SALE_PRICE_ABOVE_LIST',
    });
    unwrap(await updateSku(c, created.id, added.id, { status: 'inactive' }));
    expect(unwrap(await getProduct(c, created.id)).priceFrom).toBe(9_000);
    const first = created.skus[0]!;
    expect(await updateSku(c, created.id, first.id, { code: added.code })).toMatchObject({
      code: 'SKU_CODE_TAKEN',
    });
    expect(await updateSku(c, 'prod_nope', first.id, { status: 'inactive' })).toMatchObject({
      code: 'PRODUCT_NOT_FOUND',
    });
    expect(await updateSku(c, created.id, 'sku_nope', { status: 'inactive' })).toMatchObject({
      code: 'SKU_NOT_FOUND',
    });
  });

  it('emits one event per status change and none for a repeated one', async () => {
    const c = ctx();
    const created = unwrap(await createProduct(c, productInput({ status: 'draft' })));
    unwrap(await changeProductStatus(c, created.id, 'active'));
    unwrap(await changeProductStatus(c, created.id, 'active'));
    const archived = unwrap(await changeProductStatus(c, created.id, 'archived'));
    expect(archived.status).toBe('archived');
    expect((await eventsOf(c, 'product.created')).map((e) => e.payload)).toEqual([{ productId: created.id }]);
    expect(await eventsOf(c, 'product.updated')).toHaveLength(1);
    expect((await eventsOf(c, 'product.archived')).map((e) => e.payload)).toEqual([
      { productId: created.id },
    ]);
  });

  it('records events in the caller transaction: none survive a rollback', async () => {
    const c = ctx();
    await inTransaction(c, async (tx) => {
      unwrap(await createProduct(tx, productInput()));
      throw new Error('the workflow failed later');
    }).catch(() => undefined);
    expect(await rowCounts(c)).toEqual({ products: 0, skus: 0, texts: 0 });
    expect(await eventsOf(c, 'product.created')).toHaveLength(0);
  });

  it('deletes drafts only', async () => {
    const c = ctx();
    const active = unwrap(await createProduct(c, productInput({ status: 'active' })));
    const draft = unwrap(await createProduct(c, productInput({ status: 'draft' })));
    expect(await deleteProduct(c, active.id)).toMatchObject({ ok: false, code: 'PRODUCT_NOT_DELETABLE' });
    expect((await deleteProduct(c, draft.id)).ok).toBe(true);
    expect(await getProduct(c, draft.id)).toMatchObject({ code: 'PRODUCT_NOT_FOUND' });
    const left = await c.db
      .select()
      .from(skus)
      .where(and(eq(skus.merchantId, c.merchantId)));
    expect(left.map((s) => s.productId)).toEqual([active.id]);
    expect((await eventsOf(c, 'product.deleted')).map((e) => e.payload)).toEqual([{ productId: draft.id }]);
  });

  it("never shows or changes another merchant's product", async () => {
    const mine = ctx();
    const created = unwrap(await createProduct(mine, productInput({ status: 'draft' })));
    const other = withMerchant(mine, `${mine.merchantId}x`);
    expect(await getProduct(other, created.id)).toMatchObject({ code: 'PRODUCT_NOT_FOUND' });
    expect(await changeProductStatus(other, created.id, 'active')).toMatchObject({
      code: 'PRODUCT_NOT_FOUND',
    });
    expect(await deleteProduct(other, created.id)).toMatchObject({ code: 'PRODUCT_NOT_FOUND' });
    expect(await addSku(other, created.id, skuInput())).toMatchObject({ code: 'PRODUCT_NOT_FOUND' });
    expect(unwrap(await getProduct(mine, created.id)).status).toBe('draft');
  });
});
