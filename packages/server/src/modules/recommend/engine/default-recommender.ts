import { BlendedRecommender, type BlendOptions } from './blended-recommender.ts';
import { SequentialRulesRecommender } from './sequential-rules.ts';
import { SessionEmbeddingRecommender } from './session-embedding-model.ts';
import type { SessionEmbeddingOptions } from './session-embedding-parameters.ts';
import { SessionKnnRecommender } from './session-knn.ts';

/**
 * The one configuration the benchmarks run on every dataset and the server uses: sequential rules over the
 * recent prefix, plain last-item transitions, session kNN and the neural session-embedding model, blended by a
 * ranker learned on held-out sessions. The neural model costs more CPU than the rest together for a gain of
 * a few tenths of a point; see docs/decisions/0002-recommendation-models.md before dropping or growing it.
 */
export function createSessionRecommender(
  options: Partial<BlendOptions> & { neural?: Partial<SessionEmbeddingOptions> } = {},
): BlendedRecommender {
  const { neural, ...blendOptions } = options;
  return new BlendedRecommender(
    [
      new SequentialRulesRecommender(),
      new SequentialRulesRecommender(
        { prefixItems: 1, backwardWeight: 0, normalization: 1, window: 1 },
        'last-item-transitions',
      ),
      new SessionKnnRecommender(),
      new SessionEmbeddingRecommender(neural),
    ],
    blendOptions,
  );
}
