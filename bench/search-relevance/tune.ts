// Parameter sweep for the default ranking settings: evaluates variants on the odd-numbered queries of each
// dataset (the tuning half) and the even-numbered ones (held out), so the chosen defaults can be checked on
// queries they were not picked on. Usage: node --import tsx bench/search-relevance/tune.ts DIR...
import {
  DEFAULT_BM25F,
  DEFAULT_DICTIONARIES,
  DEFAULT_FEEDBACK,
  DEFAULT_RANKING_WEIGHTS,
  InMemorySearchEngine,
  LinearRankingStrategy,
  QueryUnderstanding,
  searchProducts,
  type InMemoryEngineOptions,
} from '../../packages/server/src/modules/search/index.ts';
import { readDataset } from './dataset.ts';
import { condenseToJudged, summarise, type QueryOutcome } from './metrics.ts';
import { toSearchDocument } from './systems/hexamall.ts';

type Variant = {
  name: string;
  options: Partial<InMemoryEngineOptions> & { weights?: Record<string, number> };
};

const VARIANTS: Variant[] = JSON.parse(
  process.env.VARIANTS ?? '[{"name":"default","options":{}}]',
) as Variant[];
const maxQueries = Number(process.env.MAX_QUERIES ?? Infinity);

for (const dir of process.argv.slice(2)) {
  const dataset = await readDataset(dir);
  const engine = new InMemorySearchEngine();
  await engine.upsert(dataset.corpus.map(toSearchDocument));
  const understanding = new QueryUnderstanding(DEFAULT_DICTIONARIES, await engine.lexicon());
  const internals = engine as unknown as { options: Record<string, unknown> };
  const base = { ...internals.options };
  for (const variant of VARIANTS) {
    const { weights, ...options } = variant.options;
    internals.options = {
      ...base,
      bm25f: DEFAULT_BM25F,
      feedback: DEFAULT_FEEDBACK,
      ...options,
    };
    // Weights vary the hand-set linear strategy (the learned one's base); without them the shipped model ranks.
    if (weights)
      internals.options.ranking = new LinearRankingStrategy({ ...DEFAULT_RANKING_WEIGHTS, ...weights });
    const halves = { odd: new Map<string, QueryOutcome>(), even: new Map<string, QueryOutcome>() };
    for (const [n, query] of dataset.queries.slice(0, maxQueries).entries()) {
      const judged = [...(dataset.judgments.get(query.id)?.keys() ?? [])];
      const full = await searchProducts(engine, understanding, {
        query: query.text,
        locale: 'en',
        limit: 10,
      });
      const within = await searchProducts(engine, understanding, {
        query: query.text,
        locale: 'en',
        limit: judged.length,
        filters: { ids: judged },
        // RANK_ALL=0 measures the judged-only ranking without ordering the candidates the words miss.
        rankAll: process.env.RANK_ALL !== '0',
      });
      const outcome = {
        full: full.result.hits.map((h) => h.id),
        judged: condenseToJudged(
          within.result.hits.map((h) => h.id),
          judged,
        ),
      };
      (n % 2 === 0 ? halves.odd : halves.even).set(query.id, outcome);
    }
    const fmt = (m: ReturnType<typeof summarise>) =>
      `full ${m['nDCG@10'].toFixed(4)} judged ${m['nDCG@10 judged'].toFixed(4)}`;
    console.log(
      `${dataset.name} ${variant.name.padEnd(24)} odd: ${fmt(summarise(halves.odd, dataset.judgments, dataset.maxGrade))}` +
        `  even: ${fmt(summarise(halves.even, dataset.judgments, dataset.maxGrade))}`,
    );
  }
}
