// The recommendation engine: pure algorithms over dense item indexes, no database. The module's services map
// catalogue ids to indexes, feed sessions in and read recommendations out.
export {
  BlendedRecommender,
  defaultBlendOptions,
  type BlendBreakdown,
  type BlendOptions,
} from './blended-recommender.ts';
export type { NextItemExample } from './blended-recommender.ts';
export { createSessionRecommender } from './default-recommender.ts';
export { ItemScores } from './item-scores.ts';
export { ListwiseRanker, type ListwiseRankerOptions, type RankingExample } from './listwise-ranker.ts';
export { PopularityRecommender } from './popularity.ts';
export { RankingMetrics } from './ranking-metrics.ts';
export { SequentialRulesRecommender, type SequentialRulesOptions } from './sequential-rules.ts';
export { SessionEmbeddingRecommender } from './session-embedding-model.ts';
export type { SessionEmbeddingOptions } from './session-embedding-parameters.ts';
export { SessionKnnRecommender, type SessionKnnOptions } from './session-knn.ts';
export type { Session, SessionRecommender } from './types.ts';
