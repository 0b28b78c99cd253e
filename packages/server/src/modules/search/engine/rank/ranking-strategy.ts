import type { CandidateFeatures } from './features.ts';

/** Turns a candidate's features into its final score. Swappable: a learned model can take its place. */
export interface RankingStrategy {
  readonly name: string;
  /** `id` is the product's, for strategies that record what they scored (the re-ranker's training data). */
  score(features: CandidateFeatures, id?: string): number;
}

export type RankingWeights = Record<keyof CandidateFeatures, number>;

/**
 * The default weights. The text features were set on half of one public relevance set's queries and checked
 * on the other half and on a second set (docs/decisions/0003-search.md); the shop signals are kept small so
 * that relevance decides and popularity only breaks near-ties.
 */
export const DEFAULT_RANKING_WEIGHTS: RankingWeights = {
  text: 1,
  titleCoverage: 0.3,
  coverage: 0.1,
  head: 0.25,
  proximity: 0.1,
  intent: 0.6,
  popularity: 0.1,
  rating: 0.05,
  freshness: 0.03,
  personal: 0.1,
  learned: 0.2,
  // Read only by the learned re-ranker's trees (learned-ranking.ts).
  rawText: 0,
  firstStageRank: 0,
  titlePrecision: 0,
  titleLength: 0,
  titleAll: 0,
  phrase: 0,
  firstMatch: 0,
  titleHeadInQuery: 0,
  queryLength: 0,
  descriptionLength: 0,
  trigram: 0,
  unmatched: 0,
  numbers: 0,
};

export class LinearRankingStrategy implements RankingStrategy {
  readonly name = 'linear';
  // The weights' names and values in their own order, read once (the sum runs in that order).
  private readonly keys: (keyof CandidateFeatures)[];
  private readonly values: Float64Array;

  constructor(weights: RankingWeights = DEFAULT_RANKING_WEIGHTS) {
    this.keys = Object.keys(weights) as (keyof CandidateFeatures)[];
    this.values = Float64Array.from(this.keys, (key) => weights[key]);
  }

  score(features: CandidateFeatures): number {
    const { keys, values } = this;
    let total = 0;
    for (let i = 0; i < keys.length; i++) total += values[i]! * features[keys[i]!];
    return total;
  }
}
