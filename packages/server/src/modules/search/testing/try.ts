import { demoShopSearch } from '/work/main/packages/server/src/modules/search/testing/demo-shop.ts';
import { searchProducts } from '/work/main/packages/server/src/modules/search/search-products.ts';
const { engine, understanding } = await demoShopSearch();
for (const q of process.argv.slice(2)) {
  const o = await searchProducts(engine, understanding, { query: q, locale: /[a-z]/i.test(q) ? 'en' : 'zh-CN', limit: 10, facets: false });
  console.log(`\n${q} => [${o.understood}] text="${o.intent.text}" sort=${o.sort} relaxed=${JSON.stringify(o.relaxed)} dym=${o.didYouMean} constraints=${o.intent.constraints.map(c=>c.kind+':'+c.label+':'+c.mode).join(',')}`);
  for (const h of o.result.hits) console.log('   ', h.id, h.score.toFixed(3), h.highlights['zh-CN']);
}
