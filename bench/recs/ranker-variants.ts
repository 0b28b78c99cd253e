import { candidateFeatureCount } from '../../packages/server/src/modules/recommend/engine/candidate-features.ts';
import {
  createSessionRecommender,
  ItemScores,
  ListwiseRanker,
  type ListwiseRankerOptions,
  type NextItemExample,
  RankingMetrics,
  type RankingExample,
  type SessionEmbeddingOptions,
} from '../../packages/server/src/modules/recommend/engine/index.ts';
import { loadSessionData, prefixQueries } from './session-benchmark.ts';
import type { StageTimer } from './stage-timer.ts';

/**
 * Ranker variants compared on one set of fitted generators (`--variants`, validation only): the generators and
 * candidate lists dominate a run's cost, so ablating features or the ranker's training set side by side costs
 * one run instead of one per variant. Each variant keeps a subset of the feature columns, trains on at most
 * `maxQueries` held-out queries, and averages the scores of one ranker per seed.
 */
interface RankerVariant {
  name: string;
  /** Feature columns dropped, by index. */
  dropped: number[];
  maxQueries: number;
  seeds: number[];
  /** Ranker settings other than the seed. */
  ranker?: Partial<ListwiseRankerOptions>;
}

const generatorCount = 4;
const allFeatures = candidateFeatureCount(generatorCount);

const all = { dropped: [], maxQueries: Infinity };
// Third round: one ranker against a three-ranker average (run with --neural-budget / --neural-epochs).
const variants: RankerVariant[] = [
  { name: 'one ranker (shipped)', ...all, seeds: [7] },
  { name: 'three rankers, seeds 7-9', ...all, seeds: [7, 8, 9] },
];

export async function runRankerVariants(
  directory: string,
  timer: StageTimer,
  neural: Partial<SessionEmbeddingOptions> = {},
): Promise<Map<string, RankingMetrics>> {
  const { sessions, queries, itemCount } = await loadSessionData(directory, true);
  timer.lap('read');
  const cut = Math.floor(sessions.length * 0.9);
  const heldOut: NextItemExample[] = sessions.slice(cut).flatMap((session) => prefixQueries(session));
  const blend = createSessionRecommender({
    maxRankerQueries: Infinity,
    neural,
  });
  blend.fitGenerators(sessions.slice(0, cut), itemCount);
  const examples = blend.rankingExamples(heldOut);
  timer.lap(`generators and ${examples.length} ranking examples`);

  // Variants that differ only in their seeds share the rankers they have in common.
  const trained = new Map<string, ListwiseRanker>();
  const rankers = variants.map((variant) => {
    const kept = keptColumns(variant.dropped);
    const stride = Math.max(1, examples.length / variant.maxQueries);
    let subset: RankingExample[] | undefined;
    return variant.seeds.map((seed) => {
      const key = `${variant.dropped.join()}|${variant.maxQueries}|${JSON.stringify(variant.ranker ?? {})}|${seed}`;
      let ranker = trained.get(key);
      if (!ranker) {
        subset ??= sample(examples, stride, kept);
        ranker = new ListwiseRanker({ ...variant.ranker, seed });
        ranker.fit(subset, kept.length);
        trained.set(key, ranker);
      }
      return ranker;
    });
  });
  examples.length = 0;
  timer.lap('rankers');

  blend.fitGenerators(sessions, itemCount);
  timer.lap('refit');
  const metrics = new Map(variants.map((variant) => [variant.name, new RankingMetrics(20)]));
  const scores = new ItemScores(itemCount);
  const keptByVariant = variants.map((variant) => keptColumns(variant.dropped));
  for (const query of queries) {
    const candidates = blend.candidates(query.prefix);
    const count = candidates.items.length;
    variants.forEach((variant, v) => {
      const features = project(candidates.features, count, keptByVariant[v]!);
      const total = new Float32Array(count);
      for (const ranker of rankers[v]!) {
        const part = ranker.score(features, count);
        for (let c = 0; c < count; c++) total[c]! += part[c]!;
      }
      scores.clear();
      candidates.items.forEach((item, row) => scores.add(item, total[row]!));
      metrics.get(variant.name)!.record(scores.top(20), query.target);
    });
  }
  timer.lap('evaluate');
  return metrics;
}

function sample(examples: RankingExample[], stride: number, kept: number[]): RankingExample[] {
  const subset: RankingExample[] = [];
  for (let i = 0; i < examples.length; i += stride) {
    const example = examples[Math.floor(i)]!;
    subset.push({ ...example, features: project(example.features, example.candidateCount, kept) });
  }
  return subset;
}

function keptColumns(dropped: number[]): number[] {
  return Array.from({ length: allFeatures }, (_, f) => f).filter((f) => !dropped.includes(f));
}

function project(features: Float32Array, count: number, kept: number[]): Float32Array {
  if (kept.length === allFeatures) return features;
  const out = new Float32Array(count * kept.length);
  for (let c = 0; c < count; c++)
    kept.forEach((f, k) => (out[c * kept.length + k] = features[c * allFeatures + f]!));
  return out;
}
