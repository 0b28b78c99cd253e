import { describe, expect, it } from 'vitest';
import { createSessionRecommender } from './default-recommender.ts';
import { RankingMetrics } from './ranking-metrics.ts';
import type { SessionEmbeddingRecommender } from './session-embedding-model.ts';
import { seededRandom } from './seeded-random.ts';

// Shoppers walk one of several item chains; some go back to an item they saw (a repeat), like real sessions.
function syntheticSessions(count: number, seed: number): number[][] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => {
    const chain = Math.floor(random() * 10) * 6;
    const length = 2 + Math.floor(random() * 4);
    const session = Array.from({ length }, (_, step) => chain + step);
    if (random() < 0.3) session.push(session[0]!);
    return session;
  });
}

describe('BlendedRecommender', () => {
  const blend = createSessionRecommender({ ranker: { epochs: 4 } });
  blend.fit(syntheticSessions(600, 1), 60);

  it('learns a ranker on held-out sessions whose loss falls', () => {
    expect(blend.trainingLosses.length).toBeGreaterThan(1);
    expect(blend.trainingLosses[blend.trainingLosses.length - 1]!).toBeLessThan(blend.trainingLosses[0]!);
  });

  it('recommends the next item of the chain', () => {
    expect(blend.recommend([12, 13], 1)).toEqual([14]);
    expect(blend.recommend([30], 1)).toEqual([31]);
  });

  it('gives every generator and itself a full list from one scoring pass', () => {
    const breakdown = blend.recommendWithBreakdown([12, 13], 5);
    expect(breakdown.blend).toHaveLength(5);
    expect(breakdown.generators).toHaveLength(blend.generators.length);
    for (const ranked of breakdown.generators) expect(ranked).toHaveLength(5);
  });

  it('does at least as well as each of its generators on unseen sessions', () => {
    const fresh = syntheticSessions(200, 2);
    const blended = new RankingMetrics(1);
    const generators = blend.generators.map(() => new RankingMetrics(1));
    for (const session of fresh) {
      for (let end = 1; end < session.length; end++) {
        const breakdown = blend.recommendWithBreakdown(session.slice(0, end), 1);
        blended.record(breakdown.blend, session[end]!);
        breakdown.generators.forEach((ranked, g) => generators[g]!.record(ranked, session[end]!));
      }
    }
    for (const metrics of generators) expect(blended.hitRate).toBeGreaterThanOrEqual(metrics.hitRate - 0.01);
  });

  it('still recommends from a shop with too few sessions to learn a ranker on', () => {
    const tiny = createSessionRecommender();
    tiny.fit([[0, 1], [0, 1], [2]], 4);
    expect(tiny.trainingLosses).toEqual([]);
    expect(tiny.recommend([0], 1)).toEqual([1]);
  });

  it('lets a generator that can score given items rank the pool instead of proposing its own', () => {
    const neural = blend.generators.find((generator) => generator.scoreGiven)!;
    const proposers = blend.generators.filter((generator) => !generator.scoreGiven);
    const topLists: number[][] = [];
    const { items } = blend.candidates([12, 13], topLists);
    const proposed = new Set([
      12,
      13,
      ...proposers.flatMap((generator) => generator.scoreItems([12, 13]).top(50)),
    ]);
    expect(new Set(items)).toEqual(proposed);
    const neuralList = topLists[blend.generators.indexOf(neural)]!;
    expect(neuralList.length).toBeGreaterThan(0);
    for (const item of neuralList) expect(proposed.has(item)).toBe(true);
  });

  it('sums several rankers trained from different seeds (three by default)', () => {
    const ensemble = createSessionRecommender({ ranker: { epochs: 4 } });
    ensemble.fit(syntheticSessions(600, 1), 60);
    expect(ensemble.trainingLosses[ensemble.trainingLosses.length - 1]!).toBeLessThan(
      ensemble.trainingLosses[0]!,
    );
    expect(ensemble.recommend([12, 13], 1)).toEqual([14]);
    expect(ensemble.recommend([30], 1)).toEqual([31]);
    // Three rankers score more than one: the blend's scores differ from a single ranker's.
    const single = createSessionRecommender({ rankerCount: 1, ranker: { epochs: 4 } });
    single.fit(syntheticSessions(600, 1), 60);
    expect(ensemble.scoreItems([12, 13]).get(14)).not.toBeCloseTo(single.scoreItems([12, 13]).get(14), 6);
  });

  it('passes neural model settings through the factory', () => {
    const custom = createSessionRecommender({ neural: { epochs: 2, dimensions: 8 } });
    custom.fit(syntheticSessions(300, 3), 60);
    const neural = custom.generators.find((generator) => generator.name === 'session-embedding');
    expect((neural as SessionEmbeddingRecommender).trainingLosses).toHaveLength(2);
    expect(custom.recommend([30], 1)).toEqual([31]);
  });
});
