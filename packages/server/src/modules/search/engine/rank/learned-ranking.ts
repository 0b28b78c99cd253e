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

function evaluate(tree: RegressionTree, values: Float64Array): number {
  let node = 0;
  while (tree.feature[node]! >= 0) {
    node = values[tree.feature[node]!]! <= tree.threshold[node]! ? tree.left[node]! : tree.right[node]!;
  }
  return tree.value[node]!;
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

  constructor(private readonly model: RankerModel) {
    this.linear = new LinearRankingStrategy({ ...DEFAULT_RANKING_WEIGHTS, ...model.base });
    this.values = new Float64Array(model.features.length);
  }

  score(features: CandidateFeatures): number {
    const { values } = this;
    this.model.features.forEach((name, i) => {
      values[i] = features[name] ?? 0;
    });
    let total = this.linear.score(features);
    for (const tree of this.model.trees) total += evaluate(tree, values);
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
