import { describe, expect, it } from 'vitest';
import { ListwiseRanker, type RankingExample } from './listwise-ranker.ts';
import { seededRandom } from './seeded-random.ts';

// Two features per candidate: the first says how good it is (noisily), the second is noise.
function syntheticExamples(count: number): RankingExample[] {
  const random = seededRandom(3);
  return Array.from({ length: count }, () => {
    const candidateCount = 5;
    const chosen = Math.floor(random() * candidateCount);
    const features = new Float32Array(candidateCount * 2);
    for (let c = 0; c < candidateCount; c++) {
      features[c * 2] = (c === chosen ? 1 : 0) + random() * 0.8;
      features[c * 2 + 1] = random();
    }
    return { features, candidateCount, chosen };
  });
}

describe('ListwiseRanker', () => {
  it('learns which feature marks the chosen candidate, and its loss falls', () => {
    const ranker = new ListwiseRanker({ hiddenUnits: 8, epochs: 5 });
    const losses = ranker.fit(syntheticExamples(400), 2);
    expect(losses[losses.length - 1]!).toBeLessThan(losses[0]!);
    expect(losses[losses.length - 1]!).toBeLessThan(Math.log(5) * 0.7);
    const scores = ranker.score(Float32Array.from([0.2, 0.9, 1.3, 0.1, 0.5, 0.5]), 3);
    expect(scores[1]!).toBeGreaterThan(scores[0]!);
    expect(scores[1]!).toBeGreaterThan(scores[2]!);
  });

  it('takes more passes over a small training set until it has made its minimum number of steps', () => {
    const ranker = new ListwiseRanker({ hiddenUnits: 8, epochs: 2, batchSize: 32, minimumSteps: 60 });
    // 40 queries are 2 batches per epoch: 30 epochs reach 60 steps.
    const losses = ranker.fit(syntheticExamples(40), 2);
    expect(losses).toHaveLength(30);
    expect(losses[losses.length - 1]!).toBeLessThan(losses[1]!);
    const large = new ListwiseRanker({ hiddenUnits: 8, epochs: 2, batchSize: 32, minimumSteps: 60 });
    expect(large.fit(syntheticExamples(2000), 2)).toHaveLength(2);
  });
});
