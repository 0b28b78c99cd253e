import { readFileSync } from 'node:fs';
import type { CandidateFeatures } from './features.ts';
import {
  DEFAULT_RANKING_WEIGHTS,
  LinearRankingStrategy,
  type RankingStrategy,
  type RankingWeights,
} from './ranking-strategy.ts';

/**
 * One regression tree, flattened: node i splits on `feature[i]` (an index into the model's feature names) at
 * `threshold[i]`, going to `left[i]` when the value is at most the threshold and to `right[i]` otherwise; a node
 * whose feature is -1 is a leaf worth `value[i]`.
 */
export interface RegressionTree {
  feature: number[];
  threshold: number[];
  left: number[];
  right: number[];
  value: number[];
}

/** A learned re-ranker as stored on disk (ranker-model.json): gradient-boosted trees over a linear base score. */
export interface RankerModel {
  /** What produced it, for people reading the file: method, data, protocol. */
  about: string;
  features: (keyof CandidateFeatures)[];
  /** The base the trees correct: the hand-set linear weights it was trained on top of. */
  base: RankingWeights;
  trees: RegressionTree[];
}

/** Every tree of a model in one set of typed arrays (node indices offset per tree), for speed at serving time. */
interface Forest {
  roots: Int32Array;
  feature: Int32Array;
  threshold: Float64Array;
  left: Int32Array;
  right: Int32Array;
  value: Float64Array;
}

function flatten(trees: readonly RegressionTree[]): Forest {
  const size = trees.reduce((n, t) => n + t.feature.length, 0);
  const forest: Forest = {
    roots: new Int32Array(trees.length),
    feature: new Int32Array(size),
    threshold: new Float64Array(size),
    left: new Int32Array(size),
    right: new Int32Array(size),
    value: new Float64Array(size),
  };
  let offset = 0;
  trees.forEach((tree, i) => {
    forest.roots[i] = offset;
    tree.feature.forEach((f, n) => {
      forest.feature[offset + n] = f;
      forest.threshold[offset + n] = tree.threshold[n]!;
      forest.left[offset + n] = offset + tree.left[n]!;
      forest.right[offset + n] = offset + tree.right[n]!;
      forest.value[offset + n] = tree.value[n]!;
    });
    offset += tree.feature.length;
  });
  return forest;
}

/**
 * LambdaMART-style re-ranker: the linear strategy's score plus a sum of trees trained to maximise nDCG@10 on
 * judged queries (bench/search-relevance/ltr/). The linear part keeps the shop signals (popularity, rating,
 * freshness, personal, learned clicks) and the intent match at their hand-set weights, since no labelled data
 * here exercises them; the trees learn how the text features combine, including interactions a weighted sum
 * cannot express (a long query trusts title coverage more than a short one).
 */
export class LearnedRankingStrategy implements RankingStrategy {
  readonly name = 'learned';
  private readonly linear: LinearRankingStrategy;
  private readonly values: Float64Array;
  private readonly forest: Forest;

  constructor(private readonly model: RankerModel) {
    this.linear = new LinearRankingStrategy({ ...DEFAULT_RANKING_WEIGHTS, ...model.base });
    this.values = new Float64Array(model.features.length);
    this.forest = flatten(model.trees);
  }

  score(features: CandidateFeatures): number {
    const { values, forest } = this;
    const names = this.model.features;
    for (let i = 0; i < names.length; i++) values[i] = features[names[i]!] ?? 0;
    let total = this.linear.score(features);
    const { feature, threshold, left, right, value } = forest;
    for (const root of forest.roots) {
      let node = root;
      while (feature[node]! >= 0)
        node = values[feature[node]!]! <= threshold[node]! ? left[node]! : right[node]!;
      total += value[node]!;
    }
    return total;
  }
}

let shipped: LearnedRankingStrategy | undefined;

/** The model the server ships (ranker-model.json, next to this file), read once per process. */
export function shippedRankingStrategy(): LearnedRankingStrategy {
  shipped ??= new LearnedRankingStrategy(
    JSON.parse(readFileSync(new URL('./ranker-model.json', import.meta.url), 'utf8')) as RankerModel,
  );
  return shipped;
}
