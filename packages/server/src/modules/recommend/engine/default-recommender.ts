import { BlendedRecommender, type BlendOptions } from './blended-recommender.ts';
import { SequentialRulesRecommender } from './sequential-rules.ts';
import { SessionKnnRecommender } from './session-knn.ts';

/**
 * The one configuration the benchmarks run on every dataset and the server uses: sequential rules over the
 * recent prefix, plain last-item transitions, and session kNN, blended by a ranker learned on held-out sessions.
 * The neural session-embedding model is left out by default: in validation runs it moved the blend by well
 * under a point while costing more CPU than everything else together (docs/decisions/0002).
 */
export function createSessionRecommender(options: Partial<BlendOptions> = {}): BlendedRecommender {
  return new BlendedRecommender(
    [
      new SequentialRulesRecommender(),
      new SequentialRulesRecommender(
        { prefixItems: 1, backwardWeight: 0, normalization: 1, window: 1 },
        'last-item-transitions',
      ),
      new SessionKnnRecommender(),
    ],
    options,
  );
}
