import { beforeAll, describe, expect, it } from 'vitest';
import { searchProducts } from '../search-products.ts';
import { demoShopSearch } from '../testing/demo-shop.ts';
import { COLLOQUIAL_QUERIES, type QueryCase } from './colloquial-queries.ts';

type Shop = Awaited<ReturnType<typeof demoShopSearch>>;

describe('colloquial queries over the demo shop', () => {
  let shop: Shop;
  beforeAll(async () => {
    shop = await demoShopSearch();
  });

  it('has more than a hundred cases', () => {
    expect(COLLOQUIAL_QUERIES.length).toBeGreaterThan(100);
  });

  it.each(COLLOQUIAL_QUERIES.map((c) => [c.q, c] as const))('%s', async (_q, c: QueryCase) => {
    const locale = /\p{Script=Han}/u.test(c.q) ? 'zh-CN' : 'en';
    const out = await searchProducts(shop.engine, shop.understanding, { query: c.q, locale, limit: 10 });
    const { intent } = out;
    if (c.intent?.category) expect(intent.category?.key).toBe(c.intent.category);
    if (c.intent?.scene) expect(intent.scene?.key).toBe(c.intent.scene);
    if (c.intent?.persona) expect(intent.persona?.key).toBe(c.intent.persona);
    for (const key of c.intent?.attributes ?? []) expect(intent.attributes.map((a) => a.key)).toContain(key);
    if (c.intent?.price) expect(intent.price).toEqual(c.intent.price);
    if (c.intent?.sort) expect(out.sort).toBe(c.intent.sort);
    if (c.intent?.brand) expect(intent.brand?.ids.length).toBeGreaterThan(0);
    if (c.didYouMean) expect(out.didYouMean).toBe(c.didYouMean);
    if (c.relaxed) expect(out.relaxed.map((r) => r.kind)).toEqual([c.relaxed]);
    const ids = out.result.hits.map((h) => h.id);
    expect(ids.length, 'some results').toBeGreaterThan(0);
    const docs = ids.map((id) => shop.byId.get(id)!);
    if (c.all)
      expect(
        ids.filter((_, i) => !c.all!(docs[i]!)),
        'results that miss the intent',
      ).toEqual([]);
    if (c.first)
      expect(docs.slice(0, c.first.n).every(c.first.test), `first ${c.first.n}: ${ids.join(', ')}`).toBe(
        true,
      );
    if (c.top) expect(ids[0]).toBe(c.top);
    if (c.top3) expect(ids.slice(0, 3)).toContain(c.top3);
    for (const id of c.never ?? []) expect(ids).not.toContain(id);
    if (c.ordered === 'price_asc') {
      const prices = docs.map((d) => d.price ?? 0);
      expect(prices).toEqual([...prices].sort((a, b) => a - b));
    }
    if (c.ordered === 'newest') {
      const times = docs.map((d) => d.createdAt ?? 0);
      expect(times).toEqual([...times].sort((a, b) => b - a));
    }
  });
});
