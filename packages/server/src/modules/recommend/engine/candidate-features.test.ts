import { describe, expect, it } from 'vitest';
import { CandidateFeatureBuilder, candidateFeatureCount, itemStatistics } from './candidate-features.ts';
import { ItemScores } from './item-scores.ts';
import { SequentialRulesRecommender } from './sequential-rules.ts';

const sessions = [
  [0, 1, 2],
  [0, 1, 3],
  [4, 0, 1],
  [5, 5, 6],
];
const itemCount = 8;

function builder(): CandidateFeatureBuilder {
  const transitions = new SequentialRulesRecommender({ window: 1, backwardWeight: 0, normalization: 1 });
  transitions.fit(sessions, itemCount);
  return new CandidateFeatureBuilder(itemStatistics(sessions, itemCount), transitions);
}

function generatorScores(entries: [number, number][]): ItemScores {
  const scores = new ItemScores(itemCount);
  for (const [item, score] of entries) scores.add(item, score);
  return scores;
}

describe('CandidateFeatureBuilder', () => {
  const featureCount = candidateFeatureCount(1);
  const feature = (features: Float32Array, row: number, fromEnd: number): number =>
    features[row * featureCount + featureCount - fromEnd]!;

  it('takes every generator candidate and every prefix item once, with rank and relative score', () => {
    const scores = generatorScores([
      [2, 4],
      [3, 2],
    ]);
    const { items, features } = builder().build([0, 1, 1], [scores], [[2, 3]]);
    expect(items).toEqual([2, 3, 0, 1]);
    expect(features).toHaveLength(4 * featureCount);
    // Item 3: half the best score, rank 1.
    expect(features[featureCount]).toBeCloseTo(0.5);
    expect(features[featureCount + 1]).toBeCloseTo(0.5);
    // Item 0 is in the prefix but not ranked.
    expect(features[2 * featureCount + 1]).toBe(0);
    expect(features[2 * featureCount + 3]).toBe(1);
  });

  it('scores candidates by what followed the second and third last items', () => {
    const { items, features } = builder().build([4, 0, 6], [generatorScores([[1, 1]])], [[1]]);
    const row = items.indexOf(1);
    // P(1 | 0) = 1 (0 is always followed by 1); P(1 | 4) = 0.
    expect(feature(features, row, 3)).toBeCloseTo(1);
    expect(feature(features, row, 2)).toBe(0);
    const next = builder().build([0, 6, 6], [generatorScores([[1, 1]])], [[1]]);
    expect(feature(next.features, next.items.indexOf(1), 2)).toBeCloseTo(1);
    expect(feature(next.features, next.items.indexOf(1), 3)).toBe(0);
  });

  it('forgets the previous query: prefix features belong to the query being built', () => {
    const shared = builder();
    shared.build([5, 6], [generatorScores([[1, 1]])], [[1]]);
    const { items, features } = shared.build([0], [generatorScores([[6, 1]])], [[6]]);
    const inPrefix = featureCount - 12;
    expect(features[items.indexOf(6) * featureCount + inPrefix]).toBe(0);
    expect(features[items.indexOf(0) * featureCount + inPrefix]).toBe(1);
  });
});
