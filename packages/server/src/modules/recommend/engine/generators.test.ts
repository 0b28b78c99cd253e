import { describe, expect, it } from 'vitest';
import { PopularityRecommender } from './popularity.ts';
import { SequentialRulesRecommender } from './sequential-rules.ts';
import { SessionKnnRecommender } from './session-knn.ts';

// Items: 0 = phone, 1 = case, 2 = charger, 3 = screen protector, 4 = headphones, 5 = cable.
const sessions = [
  [0, 1],
  [0, 1],
  [0, 2],
  [0, 1, 3],
  [4, 5],
  [2, 0],
];

describe('PopularityRecommender', () => {
  it('recommends the most frequent items to everyone', () => {
    const popularity = new PopularityRecommender();
    popularity.fit(sessions, 6);
    expect(popularity.recommend([4], 2)).toEqual([0, 1]);
    expect(popularity.recommend([], 2)).toEqual([0, 1]);
  });
});

describe('SequentialRulesRecommender', () => {
  it('ranks the item that followed the last item most often first', () => {
    const rules = new SequentialRulesRecommender({ backwardWeight: 0 });
    rules.fit(sessions, 6);
    expect(rules.recommend([0], 2)).toEqual([1, 2]);
  });

  it('weights the most recent prefix item more than older ones', () => {
    const rules = new SequentialRulesRecommender({ backwardWeight: 0, prefixDecay: 1 });
    rules.fit(sessions, 6);
    // After headphones then phone, the phone's follow-ups outrank the headphones' cable.
    expect(rules.recommend([4, 0], 1)).toEqual([1]);
    // After phone then headphones, the cable comes first.
    expect(rules.recommend([0, 4], 1)).toEqual([5]);
  });

  it('fills up from popularity when it has no rules for the prefix', () => {
    const rules = new SequentialRulesRecommender();
    rules.fit(sessions, 6);
    expect(rules.recommend([5], 3)).toHaveLength(3);
    expect(rules.recommend([99], 2)).toEqual([0, 1]);
  });
});

describe('SessionKnnRecommender', () => {
  it('finds the neighbour session sharing the prefix and recommends what came next in it', () => {
    const training = [
      [10, 11, 12, 13],
      [20, 21, 22, 23],
      [30, 31, 32, 33],
    ];
    // pastWeight < 1 favours what followed the shared item over what preceded it.
    const knn = new SessionKnnRecommender({ neighbours: 1, pastWeight: 0.5 });
    knn.fit(training, 40);
    expect(knn.recommend([21, 22], 1)).toEqual([23]);
    const scored = knn.scoreItems([21, 22]);
    // Only the neighbour's items have evidence; the unrelated sessions contribute nothing.
    expect(scored.has(11)).toBe(false);
    expect(scored.has(20)).toBe(true);
  });

  it('prefers neighbours that share the most recent prefix item', () => {
    const training = [
      [1, 2],
      [3, 4],
    ];
    const knn = new SessionKnnRecommender({ neighbours: 1, pastWeight: 0 });
    knn.fit(training, 5);
    expect(knn.recommend([1, 3], 1)).toEqual([4]);
    expect(knn.recommend([3, 1], 1)).toEqual([2]);
  });
});
