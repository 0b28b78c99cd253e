// Trains the learned re-ranker and reports it honestly: k-fold cross-validation by query (folds.ts), each
// fold's queries scored by a model trained on the other folds only, and the out-of-fold nDCG@10 printed next
// to the hand-set linear strategy's on the same candidates. Then one model on every query, which the server
// ships, and the fold models, which the relevance bench uses to score each query out of fold.
// Usage: node --import tsx bench/search-relevance/ltr/train.ts --data DIR=DUMP[,DUMP...] ... --save DIR
//   [--only 0,1] [--ship]; then the same with --assemble to report every fold and install the models.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  DEFAULT_RANKING_WEIGHTS,
  LearnedRankingStrategy,
  type RankerModel,
} from '../../../packages/server/src/modules/search/index.ts';
import { FOLDS } from './folds.ts';
import { FEATURES, queryNdcg, readDumps, type DumpedQuery } from './dumps.ts';
import { trainLambdaMart, type LambdaMartParams, type RankGroup } from './lambdamart.ts';

const { values } = parseArgs({
  options: {
    data: { type: 'string', multiple: true },
    // Where trained models go (fold-K.json, shipped.json), so folds can train in separate processes.
    save: { type: 'string' },
    ship: { type: 'boolean', default: false },
    assemble: { type: 'boolean', default: false },
    params: { type: 'string', default: '{}' },
    // How many first-stage candidates of each full-corpus search train (all of them are re-ranked).
    depth: { type: 'string', default: '200' },
    // For quick experiments: train and report only these folds (e.g. "0"); the linear row then covers them too.
    only: { type: 'string' },
  },
});

export const PARAMS: LambdaMartParams & { smallSetWeight: number; judgedWeight: number } = {
  trees: 100,
  leaves: 16,
  learningRate: 0.1,
  minLeafRows: 50,
  l2: 1,
  bins: 64,
  k: 10,
  // Each query of a set counts this many times over when the set has under a tenth of the queries of the
  // largest: otherwise one set's 11,795 queries drown another's 261 and the model learns one catalogue.
  smallSetWeight: 5,
  // The judged-only groups are small (a handful of products against a full search's 200): this weight lets them
  // count in the gradients as much as the full-corpus groups.
  judgedWeight: 1,
  ...(JSON.parse(values.params!) as Partial<typeof PARAMS>),
};
const depth = Number(values.depth);

const gain = (grade: number) => 2 ** grade - 1;
function idealDcg(grades: ReadonlyMap<string, number>): number {
  const sorted = [...grades.values()].sort((a, b) => b - a);
  return sorted.slice(0, 10).reduce((s, g, i) => s + gain(g) / Math.log2(i + 2), 0);
}

const F = FEATURES.length;
const linearWeights = FEATURES.map((f) => DEFAULT_RANKING_WEIGHTS[f]);
const linear = (x: Float64Array, r: number) => {
  let s = 0;
  for (let f = 0; f < F; f++) s += linearWeights[f]! * x[r * F + f]!;
  return s;
};

function trainOn(queries: readonly DumpedQuery[], weightOf: (q: DumpedQuery) => number) {
  const xs: number[] = [];
  const groups: RankGroup[] = [];
  let rows = 0;
  const add = (x: Float64Array, count: number, ids: string[], q: DumpedQuery, weight: number) => {
    const labels = ids.slice(0, count).map((id) => q.grades.get(id) ?? 0);
    if (!labels.some((l) => l > 0) || labels.every((l) => l === labels[0])) return;
    for (let i = 0; i < count * F; i++) xs.push(x[i]!);
    groups.push({
      rows: Int32Array.from({ length: count }, (_, i) => rows + i),
      labels: Float64Array.from(labels),
      idealDcg: idealDcg(q.grades),
      weight: weightOf(q) * weight,
    });
    rows += count;
  };
  for (const q of queries) {
    add(q.full.x, Math.min(depth, q.full.ids.length), q.full.ids, q, 1);
    add(q.judged.x, q.judged.ids.length, q.judged.ids, q, PARAMS.judgedWeight);
  }
  const x = Float64Array.from(xs);
  const base = new Float64Array(rows);
  for (let r = 0; r < rows; r++) base[r] = linear(x, r);
  const trees = trainLambdaMart({ featureCount: F, x, base, groups }, PARAMS);
  const model: RankerModel = {
    about: '',
    features: FEATURES,
    base: DEFAULT_RANKING_WEIGHTS,
    trees,
  };
  return model;
}

function scorer(model: RankerModel) {
  const strategy = new LearnedRankingStrategy(model);
  return (x: Float64Array, r: number) => {
    const features = Object.fromEntries(FEATURES.map((f, i) => [f, x[r * F + i]!]));
    return strategy.score(features as never);
  };
}

const only = values.only?.split(',').map(Number);
const all: DumpedQuery[] = [];
for (const spec of values.data ?? []) {
  const [dir, files] = spec.split('=');
  all.push(...(await readDumps(dir!, files!.split(','))));
}
const queries = only ? all.filter((q) => only.includes(q.fold)) : all;
const sizes = new Map<string, number>();
for (const q of all) sizes.set(q.dataset, (sizes.get(q.dataset) ?? 0) + 1);
const largest = Math.max(...sizes.values());
const weightOf = (q: DumpedQuery) => (sizes.get(q.dataset)! * 10 < largest ? PARAMS.smallSetWeight : 1);

const report = (name: string, score: (q: DumpedQuery) => (x: Float64Array, r: number) => number) => {
  for (const dataset of sizes.keys()) {
    let full = 0;
    let judged = 0;
    const mine = queries.filter((q) => q.dataset === dataset);
    if (mine.length === 0) continue;
    for (const q of mine) {
      const m = queryNdcg(q, score(q));
      full += m.full;
      judged += m.judged;
    }
    console.log(
      `${name.padEnd(28)} ${dataset.padEnd(12)} full ${(full / mine.length).toFixed(4)} judged ${(judged / mine.length).toFixed(4)} (${mine.length} queries)`,
    );
  }
};

const about =
  `LambdaMART (bench/search-relevance/ltr/train.ts) over the linear strategy; ${PARAMS.trees} trees of ` +
  `${PARAMS.leaves} leaves, learning rate ${PARAMS.learningRate}, full-search groups cut at ${depth} candidates; ` +
  `trained on ${[...sizes].map(([d, n]) => `${d} (${n} queries)`).join(', ')}; ` +
  `${FOLDS}-fold cross-validation by query text reported in docs/decisions/0003-search.md.`;
const save = values.save;
const foldFile = (k: number) => `${save}/fold-${k}.json`;
const shippedFile = () => `${save}/shipped.json`;

console.log(`params ${JSON.stringify(PARAMS)} depth ${depth}`);
report('linear (default)', () => linear);
const foldModels: RankerModel[] = [];
for (let k = 0; k < FOLDS; k++) {
  const started = performance.now();
  if (only && !only.includes(k)) {
    foldModels.push({ about: '', features: FEATURES, base: DEFAULT_RANKING_WEIGHTS, trees: [] });
    continue;
  }
  if (values.assemble) {
    foldModels.push(JSON.parse(readFileSync(foldFile(k), 'utf8')) as RankerModel);
    continue;
  }
  const model = trainOn(
    all.filter((q) => q.fold !== k),
    weightOf,
  );
  foldModels.push({ ...model, about: `${about} Fold ${k}: trained without fold ${k}'s queries.` });
  if (save) writeFileSync(foldFile(k), JSON.stringify(foldModels[k]));
  console.log(`fold ${k} trained in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}
const foldScorers = foldModels.map(scorer);
report('learned, out of fold', (q) => foldScorers[q.fold]!);

// --ship trains the model on every query (into --save's folder); --assemble copies that and the fold models
// where the server and the bench read them.
if (values.ship) writeFileSync(shippedFile(), JSON.stringify({ ...trainOn(all, weightOf), about }));
if (values.assemble) {
  if (only) throw new Error('--assemble needs every fold');
  writeFileSync(
    new URL('../../../packages/server/src/modules/search/engine/rank/ranker-model.json', import.meta.url),
    readFileSync(shippedFile(), 'utf8'),
  );
  writeFileSync(new URL('./fold-models.json', import.meta.url), JSON.stringify(foldModels));
}
