import { describe, expect, it } from 'vitest';
import { foldOf } from './folds.ts';
import { trainLambdaMart, type RankGroup } from './lambdamart.ts';

// Each row has two features: feature 0 tells relevance, feature 1 is noise; the base score ranks by noise.
function synthetic(queries: number, perQuery: number) {
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const x: number[] = [];
  const base: number[] = [];
  const groups: RankGroup[] = [];
  for (let q = 0; q < queries; q++) {
    const labels: number[] = [];
    const rows: number[] = [];
    for (let i = 0; i < perQuery; i++) {
      const relevant = random() < 0.2 ? 1 : 0;
      const noise = random();
      x.push(relevant + random() * 0.5, noise);
      base.push(noise);
      labels.push(relevant);
      rows.push(base.length - 1);
    }
    groups.push({ rows: Int32Array.from(rows), labels: Float64Array.from(labels), idealDcg: 1, weight: 1 });
  }
  return { featureCount: 2, x: Float64Array.from(x), base: Float64Array.from(base), groups };
}

describe('LambdaMART trainer', () => {
  it('learns to split on the feature that tells relevance', () => {
    const data = synthetic(60, 20);
    const trees = trainLambdaMart(data, {
      trees: 10,
      leaves: 4,
      learningRate: 0.3,
      minLeafRows: 5,
      l2: 1,
      bins: 16,
      k: 10,
    });
    expect(trees).toHaveLength(10);
    expect(trees[0]!.feature[0]).toBe(0);
    // A relevant row ends up above an irrelevant one with a higher base score.
    const score = (v: number[], b: number) =>
      trees.reduce((s, t) => {
        let n = 0;
        while (t.feature[n]! >= 0) n = v[t.feature[n]!]! <= t.threshold[n]! ? t.left[n]! : t.right[n]!;
        return s + t.value[n]!;
      }, b);
    expect(score([1.2, 0.1], 0.1)).toBeGreaterThan(score([0.2, 0.9], 0.9));
  });

  it('puts a query in the same fold whatever its case and spacing', () => {
    expect(foldOf(' Bike For Children ')).toBe(foldOf('bike for children'));
    const counts = [0, 0, 0, 0, 0];
    for (let i = 0; i < 1000; i++) counts[foldOf(`query ${i}`)]! += 1;
    for (const c of counts) expect(c).toBeGreaterThan(150);
  });
});
