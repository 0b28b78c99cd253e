import { beforeEach, describe, expect, it } from 'vitest';
import type { SearchDocument } from './document.ts';
import type { SearchEngine, SearchRequest } from './search-engine.ts';

const doc = (id: string, over: Partial<SearchDocument> = {}): SearchDocument => ({
  id,
  texts: { en: { title: `Product ${id}` } },
  brand: null,
  category: null,
  tags: [],
  attributes: {},
  price: 1000,
  currency: 'CNY',
  createdAt: Date.UTC(2026, 0, 1),
  ...over,
});

const CATALOGUE: SearchDocument[] = [
  doc('boot', {
    texts: { en: { title: 'Leather hiking boot' }, 'zh-CN': { title: '真皮登山靴' } },
    brand: { id: 'b1', names: ['Pathfinder'] },
    category: { id: 'c-boots', names: ['靴子', 'Boots'], path: ['Footwear'] },
    attributes: { waterproof: true },
    price: 89_900,
    createdAt: Date.UTC(2026, 0, 3),
  }),
  doc('shoe', {
    texts: {
      en: { title: 'Trail hiking shoe', description: 'Grippy outsole for trekking' },
      'zh-CN': { title: '防滑徒步鞋' },
    },
    brand: { id: 'b1', names: ['Pathfinder'] },
    category: { id: 'c-shoes', names: ['徒步鞋', 'Hiking shoes'], path: ['Footwear'] },
    attributes: { waterproof: false, anti_slip: true },
    price: 45_900,
    createdAt: Date.UTC(2026, 0, 2),
  }),
  doc('sandal', {
    texts: { en: { title: 'River sandal' } },
    brand: { id: 'b2', names: ['RapidTrek'] },
    category: { id: 'c-sandals', names: ['凉鞋', 'Sandals'], path: ['Footwear'] },
    attributes: { waterproof: true },
    price: 19_900,
  }),
  doc('jacket', { texts: { en: { title: 'Hiking shell jacket' } }, price: 69_900 }),
];

const ids = async (engine: SearchEngine, request: SearchRequest) =>
  (await engine.search(request)).hits.map((h) => h.id);

/**
 * What any SearchEngine must do for the search module: run it against an adapter (OpenSearch, ...) from that
 * adapter's test file with a factory for an empty engine.
 */
export function runSearchEngineContract(
  name: string,
  createEngine: () => SearchEngine | Promise<SearchEngine>,
): void {
  describe(`SearchEngine contract: ${name}`, () => {
    let engine: SearchEngine;
    beforeEach(async () => {
      engine = await createEngine();
      await engine.upsert(CATALOGUE);
    });

    it('finds products by their words in any locale, and counts them', async () => {
      expect(await engine.count()).toBe(4);
      expect(await ids(engine, { text: 'hiking' })).toEqual(
        expect.arrayContaining(['boot', 'shoe', 'jacket']),
      );
      expect(await ids(engine, { text: '徒步鞋' })).toContain('shoe');
      expect(await ids(engine, { text: 'hiking' })).not.toContain('sandal');
    });

    it('forgets removed products and replaces updated ones', async () => {
      await engine.remove(['boot']);
      expect(await ids(engine, { text: 'leather' })).toEqual([]);
      await engine.upsert([doc('shoe', { texts: { en: { title: 'Canvas sneaker' } } })]);
      expect(await ids(engine, { text: 'trail' })).toEqual([]);
      expect(await ids(engine, { text: 'sneaker' })).toEqual(['shoe']);
      expect(await engine.count()).toBe(3);
    });

    it('applies explicit filters', async () => {
      expect(await ids(engine, { text: 'hiking', filters: { priceMax: 50_000 } })).toEqual(['shoe']);
      expect(await ids(engine, { text: '', filters: { brandIds: ['b2'] } })).toEqual(['sandal']);
      expect(await ids(engine, { text: '', filters: { categoryIds: ['c-boots'] } })).toEqual(['boot']);
      expect(
        (await ids(engine, { text: '', filters: { attributes: { waterproof: [true] } } })).sort(),
      ).toEqual(['boot', 'sandal']);
      expect(await ids(engine, { text: 'hiking', filters: { ids: ['jacket'] } })).toEqual(['jacket']);
    });

    it('drops products known to fail a filter constraint, keeps those it cannot tell, only ranks by a boost', async () => {
      const shoes = {
        kind: 'category' as const,
        include: ['鞋', 'shoe'],
        exclude: ['靴', 'boot', '凉鞋', 'sandal'],
        label: 'shoes',
        mode: 'filter' as const,
        importance: 5,
        terms: ['shoes'],
      };
      expect(await ids(engine, { text: 'hiking', constraints: [shoes] })).toEqual(['shoe', 'jacket']);
      const waterproof = {
        kind: 'attribute' as const,
        key: 'waterproof',
        values: [true],
        label: 'waterproof',
        mode: 'boost' as const,
        importance: 3,
        terms: [],
      };
      expect((await ids(engine, { text: 'hiking', constraints: [waterproof] })).sort()).toEqual([
        'boot',
        'jacket',
        'shoe',
      ]);
    });

    it('sorts by price and by newness on request', async () => {
      expect(await ids(engine, { text: '', sort: 'price_asc' })).toEqual([
        'sandal',
        'shoe',
        'jacket',
        'boot',
      ]);
      expect(await ids(engine, { text: '', sort: 'price_desc' })).toEqual([
        'boot',
        'jacket',
        'shoe',
        'sandal',
      ]);
      expect((await ids(engine, { text: '', sort: 'newest' })).slice(0, 2)).toEqual(['boot', 'shoe']);
    });

    it('pages, and totals every match', async () => {
      const first = await engine.search({ text: 'hiking', limit: 2 });
      const second = await engine.search({ text: 'hiking', limit: 2, offset: 2 });
      expect(first.total).toBe(3);
      expect([...first.hits, ...second.hits].map((h) => h.id).sort()).toEqual(['boot', 'jacket', 'shoe']);
    });

    it('counts facets over all matches', async () => {
      const { facets } = await engine.search({ text: 'hiking', facets: true, limit: 1 });
      expect(facets?.brand).toEqual([{ value: 'b1', label: 'Pathfinder', count: 2 }]);
      expect(facets?.category.map((b) => b.value).sort()).toEqual(['c-boots', 'c-shoes']);
      expect(facets?.price.reduce((n, b) => n + b.count, 0)).toBe(3);
      expect(facets?.attributes.find((a) => a.key === 'waterproof')?.buckets).toEqual(
        expect.arrayContaining([
          { value: 'true', label: 'true', count: 1 },
          { value: 'false', label: 'false', count: 1 },
        ]),
      );
    });

    it('highlights matched words, escaping the rest', async () => {
      await engine.upsert([doc('odd', { texts: { en: { title: 'Tent <b>for</b> hiking' } } })]);
      const [hit] = (await engine.search({ text: 'tent' })).hits;
      expect(hit?.highlights.en).toBe('<em>Tent</em> &lt;b&gt;for&lt;/b&gt; hiking');
    });

    it('corrects a misspelt word to a catalogue word and says so', async () => {
      const result = await engine.search({ text: 'sandl' });
      expect(result.hits.map((h) => h.id)).toEqual(['sandal']);
      expect(result.corrections).toEqual([{ from: 'sandl', to: 'sandal' }]);
    });

    it('suggests completions and knows its brands', async () => {
      expect((await engine.suggest('rap', 5)).map((s) => s.text)).toContain('RapidTrek');
      expect((await engine.suggest('river', 5)).map((s) => s.text)).toContain('River sandal');
      expect((await engine.lexicon()).brands.map((b) => b.id).sort()).toEqual(['b1', 'b2']);
    });

    it('empties on clear', async () => {
      await engine.clear();
      expect(await engine.count()).toBe(0);
      expect(await ids(engine, { text: 'hiking' })).toEqual([]);
    });
  });
}
