import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../../testing/harness.ts';
import { unwrap, withMerchant, type Ctx } from '../../../platform/index.ts';
import { merchantCtx, productInput } from '../test-support.ts';
import { createProduct } from './create-product.ts';
import { deleteBrand } from './delete-brand.ts';
import { deleteCategory } from './delete-category.ts';
import { listStoreBrands } from './list-brands.ts';
import { categoryTree, listCategories } from './list-categories.ts';
import { upsertBrand } from './upsert-brand.ts';
import { upsertCategory } from './upsert-category.ts';

describeEachDatabase('catalog taxonomy', (h) => {
  const ctx = (locale: Ctx['locale'] = 'zh-CN') => merchantCtx(h().database.db, locale);

  async function chain(c: Ctx) {
    const root = unwrap(await upsertCategory(c, { name: { 'zh-CN': '服装', en: 'Apparel' } }));
    const mid = unwrap(await upsertCategory(c, { name: { 'zh-CN': '外套' }, parentId: root.id }));
    const leaf = unwrap(await upsertCategory(c, { name: { en: 'Down jackets' }, parentId: mid.id }));
    return { root, mid, leaf };
  }

  it('refuses to move a category under itself or a descendant, and allows other moves', async () => {
    const c = ctx();
    const { root, mid, leaf } = await chain(c);
    for (const parentId of [root.id, mid.id, leaf.id]) {
      const moved = await upsertCategory(c, { id: root.id, name: { en: 'Apparel' }, parentId });
      expect(moved, parentId).toMatchObject({ ok: false, code: 'CATEGORY_CYCLE' });
    }
    expect((await listCategories(c)).find((x) => x.id === root.id)?.parentId).toBeNull();
    // Moving the leaf up to the root is fine, and so is making the old root a child of a new root.
    expect(
      unwrap(await upsertCategory(c, { id: leaf.id, name: { en: 'Down' }, parentId: root.id })).parentId,
    ).toBe(root.id);
    const top = unwrap(await upsertCategory(c, { name: { en: 'All' } }));
    expect(
      unwrap(await upsertCategory(c, { id: root.id, name: { en: 'Apparel' }, parentId: top.id })).parentId,
    ).toBe(top.id);
    expect(await upsertCategory(c, { name: { en: 'x' }, parentId: 'cat_missing' })).toMatchObject({
      code: 'CATEGORY_NOT_FOUND',
    });
    expect(await upsertCategory(c, { id: 'cat_missing', name: { en: 'x' } })).toMatchObject({
      code: 'CATEGORY_NOT_FOUND',
    });
  });

  it('refuses a move that would close a loop made by two concurrent moves', async () => {
    const c = ctx();
    const a = unwrap(await upsertCategory(c, { name: { en: 'A' } }));
    const b = unwrap(await upsertCategory(c, { name: { en: 'B' } }));
    const results = await Promise.all([
      upsertCategory(c, { id: a.id, name: { en: 'A' }, parentId: b.id }),
      upsertCategory(c, { id: b.id, name: { en: 'B' }, parentId: a.id }),
    ]);
    expect(results.map((r) => (r.ok ? 'ok' : r.code)).sort()).toEqual(['CATEGORY_CYCLE', 'ok']);
  });

  it('builds the store tree in the reader locale with sort order and fallback', async () => {
    const c = ctx('en');
    const { root, mid, leaf } = await chain(c);
    const second = unwrap(await upsertCategory(c, { name: { en: 'Shoes' }, sortOrder: -1 }));
    const tree = await categoryTree(c);
    expect(tree.map((n) => n.name)).toEqual(['Shoes', 'Apparel']);
    expect(tree[0]?.id).toBe(second.id);
    const apparel = tree[1]!;
    expect(apparel.id).toBe(root.id);
    // 外套 has no English name, so English readers see the Chinese one.
    expect(apparel.children.map((n) => [n.id, n.name])).toEqual([[mid.id, '外套']]);
    expect(apparel.children[0]?.children.map((n) => [n.id, n.name])).toEqual([[leaf.id, 'Down jackets']]);
    const zh = await categoryTree(withMerchant({ ...c, locale: 'zh-CN' }, c.merchantId));
    expect(zh.map((n) => n.name)).toEqual(['Shoes', '服装']);
    expect(await categoryTree(ctx())).toEqual([]);
  });

  it('deletes only empty categories', async () => {
    const c = ctx();
    const { root, leaf } = await chain(c);
    unwrap(await createProduct(c, productInput({ categoryId: leaf.id })));
    expect(await deleteCategory(c, root.id)).toMatchObject({ ok: false, code: 'CATEGORY_NOT_EMPTY' });
    expect(await deleteCategory(c, leaf.id)).toMatchObject({ ok: false, code: 'CATEGORY_NOT_EMPTY' });
    const empty = unwrap(await upsertCategory(c, { name: { en: 'Empty' }, parentId: root.id }));
    expect((await deleteCategory(c, empty.id)).ok).toBe(true);
    expect((await listCategories(c)).map((x) => x.id)).not.toContain(empty.id);
    expect(await deleteCategory(withMerchant(c, 'mer_other'), root.id)).toMatchObject({
      code: 'CATEGORY_NOT_FOUND',
    });
  });

  it('keeps brands per merchant, sorted by name, and refuses deleting one in use', async () => {
    const c = ctx('en');
    const zeta = unwrap(await upsertBrand(c, { name: { en: 'Zeta', 'zh-CN': '泽塔' } }));
    const alpha = unwrap(
      await upsertBrand(c, { name: { 'zh-CN': '阿尔法', en: 'Alpha' }, logoUrl: '/logo.png' }),
    );
    expect((await listStoreBrands(c)).map((b) => b.name)).toEqual(['Alpha', 'Zeta']);
    expect(await listStoreBrands(ctx())).toEqual([]);
    const renamed = unwrap(await upsertBrand(c, { id: zeta.id, name: { en: 'Beta' } }));
    expect(renamed.name).toEqual({ en: 'Beta' });
    expect(await upsertBrand(withMerchant(c, 'mer_other'), { id: zeta.id, name: { en: 'x' } })).toMatchObject(
      {
        code: 'BRAND_NOT_FOUND',
      },
    );
    const product = unwrap(await createProduct(c, productInput({ brandId: alpha.id })));
    expect(await deleteBrand(c, alpha.id)).toMatchObject({
      code: 'BRAND_IN_USE',
      data: { productId: product.id },
    });
    expect((await deleteBrand(c, zeta.id)).ok).toBe(true);
    expect((await listStoreBrands(c)).map((b) => b.id)).toEqual([alpha.id]);
  });
});
