import { describe, expect, it } from 'vitest';
import type { CandidateFeatures } from './features.ts';
import { LearnedRankingStrategy, shippedRankingStrategy, type RankerModel } from './learned-ranking.ts';
import { DEFAULT_RANKING_WEIGHTS, LinearRankingStrategy } from './ranking-strategy.ts';

const zero = Object.fromEntries(
  Object.keys(DEFAULT_RANKING_WEIGHTS).map((k) => [k, 0]),
) as unknown as CandidateFeatures;

describe('learned re-ranker', () => {
  it('adds the leaf each tree sends a candidate to onto the linear score (value <= threshold goes left)', () => {
    const model: RankerModel = {
      about: 'test',
      features: ['titlePrecision', 'phrase'],
      base: DEFAULT_RANKING_WEIGHTS,
      trees: [
        // Split on titlePrecision at 0.5; the right child splits on phrase at 0.5.
        {
          feature: [0, -1, 1, -1, -1],
          threshold: [0.5, 0, 0.5, 0, 0],
          left: [1, -1, 3, -1, -1],
          right: [2, -1, 4, -1, -1],
          value: [0, -0.2, 0, 0.1, 0.3],
        },
      ],
    };
    const strategy = new LearnedRankingStrategy(model);
    const linear = new LinearRankingStrategy();
    const at = (patch: Partial<CandidateFeatures>) => {
      const f = { ...zero, text: 0.8, ...patch };
      return strategy.score(f) - linear.score(f);
    };
    expect(at({ titlePrecision: 0.5 })).toBeCloseTo(-0.2);
    expect(at({ titlePrecision: 0.6 })).toBeCloseTo(0.1);
    expect(at({ titlePrecision: 0.6, phrase: 1 })).toBeCloseTo(0.3);
  });

  it('ships a model over features the engine computes, on the default linear base', () => {
    const shipped = shippedRankingStrategy() as unknown as { model: RankerModel };
    const known = new Set(Object.keys(DEFAULT_RANKING_WEIGHTS));
    expect(shipped.model.features.every((f) => known.has(f))).toBe(true);
    expect(shipped.model.trees.length).toBeGreaterThan(0);
    const max = shipped.model.features.length;
    for (const tree of shipped.model.trees) expect(tree.feature.every((f) => f < max)).toBe(true);
    expect(Number.isFinite(shippedRankingStrategy().score({ ...zero, text: 1 }))).toBe(true);
  });
});
