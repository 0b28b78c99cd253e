// Compares the Chinese segmenters the search engine can use: how many of the colloquial demo-shop queries each
// answers right (the same checks as the unit suite, on results only) and how fast each segments.
// Usage: node --import tsx bench/search-relevance/segmenters.ts
import { performance } from 'node:perf_hooks';
import {
  IntlSegmenter,
  JiebaSegmenter,
  type ChineseSegmenter,
} from '../../packages/server/src/modules/search/index.ts';
import { InMemorySearchEngine } from '../../packages/server/src/modules/search/engine/in-memory-engine.ts';
import { searchProducts } from '../../packages/server/src/modules/search/search-products.ts';
import { demoShopDocuments } from '../../packages/server/src/modules/search/testing/demo-shop.ts';
import { COLLOQUIAL_QUERIES } from '../../packages/server/src/modules/search/understanding/colloquial-queries.ts';
import { DEFAULT_DICTIONARIES, QueryUnderstanding } from '../../packages/server/src/modules/search/index.ts';

async function passRate(segmenter: ChineseSegmenter): Promise<{ passed: number; total: number }> {
  const docs = demoShopDocuments();
  const byId = new Map(docs.map((d) => [d.id, d]));
  const engine = new InMemorySearchEngine({ segmenter });
  await engine.upsert(docs);
  const understanding = new QueryUnderstanding(DEFAULT_DICTIONARIES, await engine.lexicon());
  let passed = 0;
  for (const c of COLLOQUIAL_QUERIES) {
    const out = await searchProducts(engine, understanding, { query: c.q, locale: 'zh-CN', limit: 10 });
    const ids = out.result.hits.map((h) => h.id);
    const found = ids.map((id) => byId.get(id)!);
    const ok =
      ids.length > 0 &&
      (!c.all || found.every(c.all)) &&
      (!c.first || found.slice(0, c.first.n).every(c.first.test)) &&
      (!c.top || ids[0] === c.top) &&
      (!c.top3 || ids.slice(0, 3).includes(c.top3)) &&
      (c.never ?? []).every((id) => !ids.includes(id));
    if (ok) passed += 1;
  }
  return { passed, total: COLLOQUIAL_QUERIES.length };
}

function throughput(segmenter: ChineseSegmenter): number {
  const text = demoShopDocuments()
    .flatMap((d) => Object.values(d.texts).flatMap((t) => [t.title, t.description ?? '']))
    .join('')
    .replace(/[^\p{Script=Han}]/gu, '');
  const rounds = 200;
  segmenter.cutForSearch(text);
  const started = performance.now();
  for (let i = 0; i < rounds; i++) segmenter.cutForSearch(text);
  return (text.length * rounds) / ((performance.now() - started) / 1000);
}

for (const segmenter of [new JiebaSegmenter(), new IntlSegmenter()]) {
  const { passed, total } = await passRate(segmenter);
  const speed = throughput(segmenter);
  console.log(
    `${segmenter.name.padEnd(6)} queries right ${passed}/${total}  segmenting ${(speed / 1e6).toFixed(2)} M chars/s`,
  );
}
