import { describe, expect, it } from 'vitest';
import { SessionEmbeddingRecommender } from './session-embedding-model.ts';

// Two deterministic journeys over ten items: 0 -> 1 -> 2 -> 3 -> 4 and 5 -> 6 -> 7 -> 8 -> 9.
const sessions = Array.from({ length: 200 }, (_, i) => (i % 2 === 0 ? [0, 1, 2, 3, 4] : [5, 6, 7, 8, 9]));

describe('SessionEmbeddingRecommender', () => {
  const model = new SessionEmbeddingRecommender({ dimensions: 8, epochs: 12, negatives: 8, batchSize: 16 });
  model.fit(sessions, 10);

  it('lowers its training loss epoch after epoch', () => {
    const losses = model.trainingLosses;
    expect(losses).toHaveLength(12);
    expect(losses[losses.length - 1]!).toBeLessThan(losses[0]! * 0.5);
  });

  it('learns a deterministic sequence', () => {
    expect(model.recommend([0], 1)).toEqual([1]);
    expect(model.recommend([0, 1], 1)).toEqual([2]);
    expect(model.recommend([5, 6, 7], 1)).toEqual([8]);
  });

  it('uses more than the last item: the same item in different journeys leads on differently', () => {
    const crossing = Array.from({ length: 300 }, (_, i) => (i % 2 === 0 ? [0, 2, 3] : [1, 2, 4]));
    const contextual = new SessionEmbeddingRecommender({
      dimensions: 8,
      epochs: 15,
      negatives: 8,
      batchSize: 16,
    });
    contextual.fit(crossing, 5);
    expect(contextual.recommend([0, 2], 1)).toEqual([3]);
    expect(contextual.recommend([1, 2], 1)).toEqual([4]);
  });

  it('scores nothing for a prefix of unknown items and falls back to popularity', () => {
    expect(model.scoreItems([42]).size).toBe(0);
    expect(model.recommend([42], 3)).toHaveLength(3);
  });
});
