import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { seedDemoShop } from '../../../cli/seed.ts';
import { systemCtx, unwrap } from '../../../platform/index.ts';
import { bearer, describeEachDatabase, json } from '../../../testing/harness.ts';
import { staffToken } from '../../../testing/fixtures.ts';
import { changeProductStatus, createProduct } from '../../catalog/index.ts';
import { searchDictionaryEntries } from '../schema.ts';
import type { SearchResponse } from './schemas.ts';

describeEachDatabase('search routes over the demo shop', (h) => {
  let merchantId = '';
  let owner = '';
  const search = async (q: string, extra = '', headers: Record<string, string> = {}) => {
    const res = await h().app.inject({
      method: 'GET',
      url: `/api/store/search?q=${encodeURIComponent(q)}${extra}`,
      headers: { 'accept-language': 'zh-CN', ...headers },
    });
    expect(res.statusCode, res.body).toBe(200);
    return json<SearchResponse>(res);
  };

  it('seeds the demo shop', async () => {
    const seeded = await seedDemoShop(h().app);
    merchantId = seeded!.merchantId;
    owner = await staffToken(h(), merchantId, 'owner');
  });

  it('understands a colloquial Chinese query and answers only with what it asks for', async () => {
    const body = await search('适合户外徒步的鞋子');
    expect(body.understood).toBe('徒步 · 鞋子 · 防滑 · 耐磨 · 足弓支撑');
    expect(body.intent).toMatchObject({ category: 'shoes', scene: 'hiking' });
    expect(body.items.length).toBeGreaterThan(2);
    for (const item of body.items) expect(item.category?.name).not.toMatch(/靴|凉鞋|帆布鞋/);
    expect(body.items[0]!.highlight).toContain('<em>');
    expect(body.facets.category.reduce((n, b) => n + b.count, 0)).toBe(body.total);
    expect(body.facets.brand.length).toBeGreaterThan(0);
  });

  it('reads a price limit and an attribute in English', async () => {
    const body = await search('waterproof hiking shoes under 500', '', { 'accept-language': 'en' });
    expect(body.understood).toBe('hiking shoes · waterproof · ≤ 500');
    expect(body.intent.priceMax).toBe(50_000);
    expect(body.items.map((i) => i.title).sort()).toEqual(
      ["Summit women's anti-slip hiking shoe", 'StormGuard waterproof hiking shoe'].sort(),
    );
  });

  it('gives up an understood part the shopper removes, implied ones included, and says so', async () => {
    const asked = await search('适合户外徒步的鞋子');
    const antiSlip = { id: 'attr:anti_slip', kind: 'attribute', label: '防滑', implied: true };
    expect(asked.parts).toContainEqual(antiSlip);
    expect(asked.dropped).toEqual([]);
    const withoutAntiSlip = await search('适合户外徒步的鞋子', '&drop=attr:anti_slip');
    expect(withoutAntiSlip.understood).toBe('徒步 · 鞋子 · 耐磨 · 足弓支撑');
    expect(withoutAntiSlip.dropped).toEqual([antiSlip]);
    expect(withoutAntiSlip.parts.map((p) => p.id)).not.toContain('attr:anti_slip');
    // Without the scene, every shoe qualifies again, not only those made for hiking.
    const withoutScene = await search('适合户外徒步的鞋子', '&drop=scene:hiking,persona:mom');
    expect(withoutScene.understood).toBe('鞋子');
    expect(withoutScene.dropped.map((p) => p.id)).toEqual(['scene:hiking']);
    expect(withoutScene.total).toBeGreaterThan(asked.total);
    const bad = await h().app.inject({
      method: 'GET',
      url: `/api/store/search?q=${encodeURIComponent('鞋子')}&drop=colour:red`,
    });
    expect(bad.statusCode).toBe(400);
    expect(json(bad)).toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  it('relaxes the constraint that emptied the page and says which', async () => {
    const body = await search('100元以内的荔枝');
    expect(body.relaxed.map((r) => r.kind)).toEqual(['price']);
    expect(body.items.length).toBe(2);
  });

  it('corrects spelling and reads pinyin', async () => {
    expect((await search('hikng shoes')).didYouMean).toBe('hiking shoes');
    const pinyin = await search('yurongfu');
    expect(pinyin.didYouMean).toBe('羽绒服');
    expect(pinyin.items.length).toBeGreaterThan(0);
  });

  it('applies facet filters and sorts', async () => {
    const cheap = await search('鞋', '&sort=price_asc');
    const prices = cheap.items.map((i) => i.priceFrom);
    expect(prices).toEqual([...prices].sort((a, b) => a - b));
    const brand = cheap.facets.brand[0]!;
    const filtered = await search('鞋', `&brand=${brand.value}`);
    expect(filtered.total).toBe(brand.count);
    const waterproof = await search('鞋', '&attr=waterproof:true');
    expect(waterproof.items.length).toBeGreaterThan(0);
    expect(waterproof.total).toBeLessThan(cheap.total);
  });

  it('suggests catalogue words and popular past queries as the shopper types', async () => {
    await search('徒步鞋');
    const res = await h().app.inject({
      method: 'GET',
      url: `/api/store/search/suggest?q=${encodeURIComponent('徒步')}`,
    });
    const { suggestions } = json<{ suggestions: { text: string; kind: string }[] }>(res);
    expect(suggestions[0]).toEqual({ text: '徒步鞋', kind: 'query' });
    expect(suggestions.some((s) => s.kind === 'product')).toBe(true);
  });

  it('indexes a product the catalogue creates, and drops it when archived, once events are delivered', async () => {
    const ctx = systemCtx(h().database.db, merchantId, 'test', h().privacy);
    const product = unwrap(
      await createProduct(ctx, {
        status: 'active',
        texts: { 'zh-CN': { title: '极光 登山杖 碳纤维' }, en: { title: 'Aurora carbon trekking pole' } },
        skus: [{ code: `POLE-${Date.now()}`, listPrice: 19_900, currency: 'CNY' }],
      }),
    );
    expect((await search('登山杖')).items.map((i) => i.id)).not.toContain(product.id);
    await h().app.runtime.events.drain();
    expect((await search('登山杖')).items.map((i) => i.id)).toContain(product.id);
    unwrap(await changeProductStatus(ctx, product.id, 'archived'));
    await h().app.runtime.events.drain();
    expect((await search('登山杖')).items.map((i) => i.id)).not.toContain(product.id);
  });

  it('records clicks against a search of this merchant only', async () => {
    const body = await search('荔枝');
    const click = (queryId: string) =>
      h().app.inject({
        method: 'POST',
        url: '/api/store/search/events',
        payload: { queryId, productId: body.items[0]!.id, kind: 'click', position: 0 },
      });
    expect((await click(body.queryId)).statusCode).toBe(204);
    const unknown = await click('srch_unknown');
    expect(unknown.statusCode).toBe(404);
    expect(json(unknown)).toMatchObject({ code: 'SEARCH_QUERY_NOT_FOUND' });
  });

  it('reports top, zero-result and abandoned queries to staff who may read reports', async () => {
    await search('xyzzy plugh');
    const res = await h().app.inject({
      method: 'GET',
      url: '/api/admin/search/report?days=7',
      headers: bearer(owner),
    });
    expect(res.statusCode, res.body).toBe(200);
    const report = json<{
      top: { query: string }[];
      zeroResults: { query: string }[];
      abandoned: { query: string }[];
    }>(res);
    expect(report.zeroResults.map((q) => q.query)).toContain('xyzzy plugh');
    expect(report.abandoned.map((q) => q.query)).toContain('徒步鞋');
    expect(report.abandoned.map((q) => q.query)).not.toContain('荔枝');
    expect(report.top.length).toBeGreaterThan(3);
  });

  it('lets the merchant add a synonym, refuses a malformed entry, and limits edits to catalog writers', async () => {
    expect((await search('爬坡神鞋')).intent.category).not.toBe('hiking_shoes');
    const put = (token: string, payload: object) =>
      h().app.inject({
        method: 'PUT',
        url: '/api/admin/search/dictionaries/categories/hill_shoes',
        headers: bearer(token),
        payload,
      });
    const entry = {
      label: { 'zh-CN': '爬坡鞋', en: 'hill shoes' },
      terms: ['爬坡神鞋'],
      include: ['徒步鞋'],
      exclude: [],
    };
    expect((await put(owner, { entry: { terms: [] } })).statusCode).toBe(422);
    expect((await put(await staffToken(h(), merchantId, 'analyst'), { entry })).statusCode).toBe(403);
    expect((await put(owner, { entry })).statusCode).toBe(204);
    const after = await search('爬坡神鞋');
    expect(after.intent.category).toBe('hill_shoes');
    expect(after.items.length).toBeGreaterThan(0);
    const list = await h().app.inject({
      method: 'GET',
      url: '/api/admin/search/dictionaries',
      headers: bearer(owner),
    });
    expect(json<{ items: { key: string; source: string }[] }>(list).items).toContainEqual(
      expect.objectContaining({ key: 'hill_shoes', source: 'merchant' }),
    );
    const missing = await h().app.inject({
      method: 'DELETE',
      url: '/api/admin/search/dictionaries/synonyms/nope',
      headers: bearer(owner),
    });
    expect(missing.statusCode).toBe(404);
  });

  it('learns a synonym from shoppers who reformulate', async () => {
    for (const cart of ['cart-a', 'cart-b']) {
      const headers = { 'x-cart-token': cart };
      expect((await search('kicks', '', headers)).total).toBe(0);
      const found = await search('sneakers', '', headers);
      await h().app.inject({
        method: 'POST',
        url: '/api/store/search/events',
        headers,
        payload: { queryId: found.queryId, productId: found.items[0]!.id, kind: 'click' },
      });
    }
    const res = await h().app.inject({
      method: 'POST',
      url: '/api/admin/search/learn',
      headers: bearer(owner),
      payload: {},
    });
    expect(json<{ learned: string[][] }>(res).learned).toContainEqual(['kicks', 'sneakers']);
    expect((await search('kicks')).total).toBeGreaterThan(0);

    // The merchant switches the learned synonym off; learning again from the same logs leaves it off.
    const [row] = await h()
      .database.db.select()
      .from(searchDictionaryEntries)
      .where(eq(searchDictionaryEntries.source, 'learned'));
    const off = await h().app.inject({
      method: 'PUT',
      url: `/api/admin/search/dictionaries/synonyms/${row!.key}`,
      headers: bearer(owner),
      payload: { entry: null },
    });
    expect(off.statusCode, off.body).toBeLessThan(300);
    await h().app.inject({
      method: 'POST',
      url: '/api/admin/search/learn',
      headers: bearer(owner),
      payload: {},
    });
    const [after] = await h()
      .database.db.select()
      .from(searchDictionaryEntries)
      .where(eq(searchDictionaryEntries.key, row!.key));
    expect(after).toMatchObject({ source: 'merchant', body: null });
    expect((await search('kicks')).total).toBe(0);
  });
});
