import { beforeAll, expect, it } from 'vitest';
import { bearer, describeEachDatabase, json } from '../../../testing/harness.ts';
import { createMerchant, staffToken } from '../../../testing/fixtures.ts';
import { productInput, skuInput } from '../test-support.ts';

interface Shop {
  merchantId: string;
  handle: string;
  ownerToken: string;
}

describeEachDatabase('catalog routes', (h) => {
  let shop: Shop;
  let other: Shop;
  let analyst: string;
  const admin = (
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    payload?: unknown,
    token?: string,
  ) =>
    h().app.inject({
      method,
      url: `/api/admin${url}`,
      headers: bearer(token ?? shop.ownerToken),
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  const store = (url: string, handle = shop.handle, locale = 'zh-CN') =>
    h().app.inject({
      method: 'GET',
      url: `/api/store${url}`,
      headers: { 'x-hexamall-merchant': handle, 'accept-language': locale },
    });

  beforeAll(async () => {
    shop = await createMerchant(h());
    other = await createMerchant(h());
    analyst = await staffToken(h(), shop.merchantId, 'analyst');
  });

  it('creates, reads and lists products through the admin API with permissions', async () => {
    const created = await admin('POST', '/products', productInput());
    expect(created.statusCode, created.body).toBe(201);
    const product = json<{ id: string; skus: { id: string }[] }>(created);
    expect((await admin('GET', `/products/${product.id}`, undefined, analyst)).statusCode).toBe(200);
    const refused = await admin('POST', '/products', productInput(), analyst);
    expect(refused.statusCode).toBe(403);
    expect(json(refused)).toMatchObject({ code: 'FORBIDDEN' });
    const anonymous = await h().app.inject({ method: 'GET', url: '/api/admin/products' });
    expect(anonymous.statusCode).toBe(401);
    const list = json<{ items: { id: string }[] }>(await admin('GET', '/products?status=active&limit=100'));
    expect(list.items.map((p) => p.id)).toContain(product.id);
    expect((await admin('GET', `/products/${product.id}`, undefined, other.ownerToken)).statusCode).toBe(404);
  });

  it('answers bad bodies with problem+json and changes nothing', async () => {
    const before = json<{ items: unknown[] }>(await admin('GET', '/products?limit=100')).items.length;
    const unknownField = await admin('POST', '/products', { ...productInput(), price: 1 });
    expect(unknownField.statusCode).toBe(400);
    expect(unknownField.headers['content-type']).toContain('application/problem+json');
    expect(json(unknownField)).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ field: 'price' }] });
    const saleAboveList = await admin(
      'POST',
      '/products',
      productInput({ skus: [skuInput({ listPrice: 1, salePrice: 2 })] }),
    );
    expect(saleAboveList.statusCode).toBe(422);
    expect(json(saleAboveList)).toMatchObject({ code: 'SALE_PRICE_ABOVE_LIST' });
    const defined = await admin('PUT', '/attributes/waterproof', {
      type: 'boolean',
      label: { en: 'Waterproof' },
    });
    expect(defined.statusCode, defined.body).toBe(200);
    const wrongType = await admin('POST', '/products', productInput({ attributes: { waterproof: 'yes' } }));
    expect(wrongType.statusCode).toBe(422);
    expect(json(wrongType)).toMatchObject({ code: 'ATTRIBUTE_VALUE_INVALID', attribute: 'waterproof' });
    const stringPrice = await admin(
      'POST',
      '/products',
      productInput({ skus: [{ ...skuInput(), listPrice: '100' as never }] }),
    );
    expect(stringPrice.statusCode).toBe(400);
    expect(json<{ items: unknown[] }>(await admin('GET', '/products?limit=100')).items.length).toBe(before);
  });

  it('publishes, edits, archives and deletes through the admin API', async () => {
    const draft = json<{ id: string; skus: { id: string }[] }>(
      await admin('POST', '/products', productInput({ status: 'draft' })),
    );
    expect((await store(`/products/${draft.id}`)).statusCode).toBe(404);
    const published = await admin('POST', `/products/${draft.id}/status`, { status: 'active' });
    expect(json(published)).toMatchObject({ status: 'active' });
    const detail = await store(`/products/${draft.id}`, shop.handle, 'en');
    expect(detail.statusCode).toBe(200);
    expect(json(detail)).toMatchObject({
      id: draft.id,
      title: 'Down jacket',
      skus: [{ id: draft.skus[0]!.id }],
    });
    expect((await store(`/products/${draft.id}`, other.handle)).statusCode).toBe(404);
    const patched = await admin('PATCH', `/products/${draft.id}`, { tags: ['hot'] });
    expect(json(patched)).toMatchObject({ tags: ['hot'] });
    const sku = await admin('POST', `/products/${draft.id}/skus`, skuInput({ listPrice: 500 }));
    expect(sku.statusCode, sku.body).toBe(201);
    const skuId = json<{ id: string }>(sku).id;
    expect(
      json(await admin('PATCH', `/products/${draft.id}/skus/${skuId}`, { status: 'inactive' })),
    ).toMatchObject({
      status: 'inactive',
    });
    expect((await admin('DELETE', `/products/${draft.id}`)).statusCode).toBe(409);
    await admin('POST', `/products/${draft.id}/status`, { status: 'archived' });
    const gone = await store(`/products/${draft.id}`);
    expect(gone.statusCode).toBe(404);
    expect(json(gone)).toMatchObject({ code: 'PRODUCT_NOT_FOUND' });
    await admin('POST', `/products/${draft.id}/status`, { status: 'draft' });
    expect((await admin('DELETE', `/products/${draft.id}`)).statusCode).toBe(204);
    expect((await admin('GET', `/products/${draft.id}`)).statusCode).toBe(404);
  });

  it('manages the category tree and brands, and serves them to shoppers', async () => {
    const root = json<{ id: string }>(
      await admin('POST', '/categories', { name: { 'zh-CN': '鞋', en: 'Shoes' } }),
    );
    const child = await admin('POST', '/categories', { name: { en: 'Boots' }, parentId: root.id });
    expect(child.statusCode).toBe(201);
    const childId = json<{ id: string }>(child).id;
    const cycle = await admin('PUT', `/categories/${root.id}`, { name: { en: 'Shoes' }, parentId: childId });
    expect(cycle.statusCode).toBe(409);
    expect(json(cycle)).toMatchObject({ code: 'CATEGORY_CYCLE' });
    const tree = json<{ items: { id: string; name: string; children: { id: string; name: string }[] }[] }>(
      await store('/categories'),
    );
    expect(tree.items.find((n) => n.id === root.id)).toMatchObject({
      name: '鞋',
      children: [{ id: childId, name: 'Boots', children: [] }],
    });
    expect(json<{ items: unknown[] }>(await store('/categories', other.handle)).items).toEqual([]);
    const brand = await admin('POST', '/brands', {
      name: { en: 'Trail' },
      logoUrl: 'https://cdn.example/t.png',
    });
    expect(brand.statusCode).toBe(201);
    expect(json<{ items: { name: string }[] }>(await store('/brands')).items.map((b) => b.name)).toContain(
      'Trail',
    );
    expect((await admin('DELETE', `/categories/${root.id}`)).statusCode).toBe(409);
    expect((await admin('DELETE', `/categories/${childId}`)).statusCode).toBe(204);
  });

  it('browses the store with query-string filters, sorts and cursors', async () => {
    const cat = json<{ id: string }>(await admin('POST', '/categories', { name: { en: 'Browse' } })).id;
    const ids: string[] = [];
    for (const price of [3_000, 1_000, 2_000]) {
      const input = productInput({
        categoryId: cat,
        attributes: { waterproof: price > 1_500 },
        skus: [skuInput({ listPrice: price })],
      });
      ids.push(json<{ id: string }>(await admin('POST', '/products', input)).id);
    }
    const first = await store(`/products?category=${cat}&sort=price_asc&limit=2`);
    expect(first.statusCode, first.body).toBe(200);
    const page1 = json<{ items: { id: string; priceFrom: number }[]; nextCursor: string }>(first);
    expect(page1.items.map((p) => p.priceFrom)).toEqual([1_000, 2_000]);
    const page2 = json<{ items: { priceFrom: number }[]; nextCursor: null }>(
      await store(`/products?category=${cat}&sort=price_asc&limit=2&cursor=${page1.nextCursor}`),
    );
    expect(page2).toEqual({ items: [expect.objectContaining({ priceFrom: 3_000 })], nextCursor: null });
    const waterproof = json<{ items: { id: string }[] }>(
      await store(`/products?category=${cat}&attr=waterproof:true`),
    );
    expect(waterproof.items.map((p) => p.id).sort()).toEqual([ids[0], ids[2]].sort());
    const bad = await store('/products?sort=cheapest');
    expect(bad.statusCode).toBe(400);
    expect((await store('/products?cursor=garbage')).statusCode).toBe(400);
    expect((await store('/products', 'no-such-shop')).statusCode).toBe(404);
  });

  it('documents every catalog route with typed responses', async () => {
    const doc = json<{ paths: Record<string, Record<string, { responses: Record<string, unknown> }>> }>(
      await h().app.inject({ method: 'GET', url: '/docs/json' }),
    );
    for (const path of [
      '/api/store/products',
      '/api/store/products/{id}',
      '/api/store/categories',
      '/api/admin/products',
    ]) {
      const get = doc.paths[path]?.get;
      expect(get?.responses['200'], path).toMatchObject({ content: { 'application/json': { schema: {} } } });
    }
    expect(doc.paths['/api/admin/products']?.post?.responses['201']).toBeDefined();
  });
});
