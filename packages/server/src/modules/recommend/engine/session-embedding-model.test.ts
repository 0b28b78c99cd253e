import { describe, expect, it } from 'vitest';
import { ItemScores } from './item-scores.ts';
import { seededRandom } from './seeded-random.ts';
import { SessionEmbeddingRecommender, topOfDense } from './session-embedding-model.ts';

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

  it('scores only the items it is given, 1 for its favourite among them, in its full ranking order', () => {
    const full = model.scoreItems([5, 6]);
    const fullOrder = full.top(10).filter((item) => [2, 7, 9].includes(item));
    const given = model.scoreGiven([5, 6], [9, 2, 7, 42]);
    expect(given.size).toBe(3);
    expect(given.has(0)).toBe(false);
    expect(given.top(3)).toEqual(fullOrder);
    expect(given.get(7)).toBe(1);
    expect(given.get(2)).toBeLessThan(1);
  });

  it('ranks its full catalogue like scoreItems does', () => {
    for (const prefix of [[0], [5, 6], [2, 7, 3]]) {
      expect(model.recommend(prefix, 10)).toEqual(model.scoreItems(prefix).top(10));
    }
  });
});

describe('topOfDense', () => {
  it('agrees with ItemScores.top, ties included', () => {
    const random = seededRandom(9);
    // Few distinct values, so ties are common.
    const values = Float32Array.from({ length: 500 }, () => Math.floor(random() * 40) / 4);
    const sparse = new ItemScores(values.length);
    values.forEach((value, item) => sparse.add(item, value));
    for (const k of [0, 1, 5, 20, 600]) expect(topOfDense(values, k)).toEqual(sparse.top(k));
  });
});
