// Records what the re-ranker sees for every query of a relevance set, through the module's own search path:
// per query, the candidates the re-ranker scored for the full-corpus search and for the judged-only ranking,
// each with its features, plus the order the search returned. The learned re-ranker is trained on these files
// (train.ts), kept outside the repository (they are derived from the datasets).
// Usage: node --import tsx bench/search-relevance/ltr/dump-features.ts DATASET_DIR OUT.jsonl [k/n]
import { createWriteStream } from 'node:fs';
import {
  DEFAULT_DICTIONARIES,
  DEFAULT_RANKING_WEIGHTS,
  InMemorySearchEngine,
  LinearRankingStrategy,
  QueryUnderstanding,
  searchProducts,
  type RankingStrategy,
} from '../../../packages/server/src/modules/search/index.ts';
import { readDataset } from '../dataset.ts';
import { toSearchDocument } from '../systems/hexamall.ts';

const [dir, out, shardSpec = '0/1'] = process.argv.slice(2);
if (!dir || !out) throw new Error('usage: dump-features.ts DATASET_DIR OUT.jsonl [k/n]');
const [k = 0, n = 1] = shardSpec.split('/').map(Number);
export const FEATURE_NAMES = Object.keys(DEFAULT_RANKING_WEIGHTS);

/** Scores like the default strategy and remembers each candidate's features. */
class Recorder implements RankingStrategy {
  readonly name = 'recorder';
  private readonly inner = new LinearRankingStrategy();
  rows: (string | number)[][] = [];
  score(features: Parameters<RankingStrategy['score']>[0], id?: string): number {
    const f = features as unknown as Record<string, number>;
    this.rows.push([id ?? '', ...FEATURE_NAMES.map((name) => Math.round((f[name] ?? 0) * 1e5) / 1e5)]);
    return this.inner.score(features);
  }
}

const dataset = await readDataset(dir);
const recorder = new Recorder();
const engine = new InMemorySearchEngine({ ranking: recorder });
await engine.upsert(dataset.corpus.map(toSearchDocument));
const understanding = new QueryUnderstanding(DEFAULT_DICTIONARIES, await engine.lexicon());
const stream = createWriteStream(out);
stream.write(JSON.stringify({ dataset: dataset.name, features: FEATURE_NAMES }) + '\n');
let done = 0;
for (const [i, query] of dataset.queries.entries()) {
  if (i % n !== k) continue;
  const judged = [...(dataset.judgments.get(query.id)?.keys() ?? [])];
  recorder.rows = [];
  const full = await searchProducts(engine, understanding, { query: query.text, locale: 'en', limit: 10 });
  const fullRows = recorder.rows;
  recorder.rows = [];
  const within = await searchProducts(engine, understanding, {
    query: query.text,
    locale: 'en',
    limit: judged.length,
    filters: { ids: judged },
    rankAll: true,
  });
  const line = {
    qid: query.id,
    text: query.text,
    full: fullRows,
    fullOrder: full.result.hits.map((h) => h.id),
    judged: recorder.rows,
    judgedOrder: within.result.hits.map((h) => h.id),
  };
  stream.write(JSON.stringify(line) + '\n');
  if (++done % 500 === 0) console.log(`${dataset.name} ${shardSpec}: ${done} queries`);
}
stream.end();
