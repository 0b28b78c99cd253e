import { describe, expect, it } from 'vitest';
import { RankingMetrics } from './ranking-metrics.ts';

describe('RankingMetrics', () => {
  it('computes hit rate, MRR and NDCG over hand-made queries', () => {
    const metrics = new RankingMetrics(3);
    metrics.record([7, 8, 9], 7); // rank 1
    metrics.record([7, 8, 9], 9); // rank 3
    metrics.record([7, 8, 9, 4], 4); // rank 4: beyond the cutoff, a miss
    metrics.record([], 1); // nothing recommended
    expect(metrics.count).toBe(4);
    expect(metrics.hitRate).toBeCloseTo(2 / 4);
    expect(metrics.meanReciprocalRank).toBeCloseTo((1 + 1 / 3) / 4);
    expect(metrics.ndcg).toBeCloseTo((1 + 1 / Math.log2(4)) / 4);
  });

  it('reports zeros before any query', () => {
    const metrics = new RankingMetrics(20);
    expect([metrics.hitRate, metrics.meanReciprocalRank, metrics.ndcg]).toEqual([0, 0, 0]);
  });
});
