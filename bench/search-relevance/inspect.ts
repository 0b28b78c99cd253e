// Prints, for a sample of queries, Hexamall's top products next to the best-graded ones, to see why it misses.
// Usage: node --import tsx bench/search-relevance/inspect.ts DIR [FIRST] [COUNT]
import {
  DEFAULT_DICTIONARIES,
  InMemorySearchEngine,
  QueryUnderstanding,
  searchProducts,
} from '../../packages/server/src/modules/search/index.ts';
import { readDataset } from './dataset.ts';
import { ndcgAt } from './metrics.ts';
import { toSearchDocument } from './systems/hexamall.ts';

const [dir = '', first = '0', count = '20'] = process.argv.slice(2);
const dataset = await readDataset(dir);
const engine = new InMemorySearchEngine();
await engine.upsert(dataset.corpus.map(toSearchDocument));
const understanding = new QueryUnderstanding(DEFAULT_DICTIONARIES, await engine.lexicon());
const titles = new Map(dataset.corpus.map((r) => [r.id, r.title]));
for (const query of dataset.queries.slice(Number(first), Number(first) + Number(count))) {
  const grades = dataset.judgments.get(query.id) ?? new Map<string, number>();
  const judgedOnly = process.env.JUDGED ? { filters: { ids: [...grades.keys()] } } : {};
  const out = await searchProducts(engine, understanding, {
    query: query.text,
    locale: 'en',
    limit: 5,
    ...judgedOnly,
  });
  const ids = out.result.hits.map((h) => h.id);
  console.log(
    `\n[${query.id}] "${query.text}" nDCG ${ndcgAt(ids, grades).toFixed(2)} fixes ${JSON.stringify(out.result.corrections)}`,
  );
  for (const id of ids) console.log(`   got  ${grades.get(id) ?? '-'}  ${titles.get(id)}`);
  const best = [...grades].sort((a, b) => b[1] - a[1]).slice(0, 3);
  for (const [id, g] of best) console.log(`   want ${g}  ${titles.get(id)}`);
}
