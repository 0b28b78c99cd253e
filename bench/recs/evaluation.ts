import {
  type BlendedRecommender,
  PopularityRecommender,
  RankingMetrics,
  type Session,
} from '../../packages/server/src/modules/recommend/engine/index.ts';
import type { NextItemQuery } from './read-datasets.ts';

/** Metrics of every system, by name, in table order: popularity, each generator, then the blend. */
export type SystemMetrics = Map<string, RankingMetrics>;

export interface TrainedSystems {
  popularity: PopularityRecommender;
  blend: BlendedRecommender;
}

export function fitPopularity(sessions: readonly Session[], itemCount: number): PopularityRecommender {
  const popularity = new PopularityRecommender();
  popularity.fit(sessions, itemCount);
  return popularity;
}

/**
 * Ranks all items for every query with every system. The blend scores each generator once per query and hands
 * back each generator's own top list from the same pass, so the side-by-side costs one scoring, not two.
 */
export function evaluateSystems(
  systems: TrainedSystems,
  queries: readonly NextItemQuery[],
  cutoff: number,
  onProgress?: (done: number) => void,
): SystemMetrics {
  const metrics: SystemMetrics = new Map();
  const metricsFor = (name: string): RankingMetrics => {
    let entry = metrics.get(name);
    if (!entry) metrics.set(name, (entry = new RankingMetrics(cutoff)));
    return entry;
  };
  metricsFor(systems.popularity.name);
  systems.blend.generators.forEach((generator) => metricsFor(generator.name));
  metricsFor(systems.blend.name);
  queries.forEach((query, index) => {
    metricsFor(systems.popularity.name).record(
      systems.popularity.recommend(query.prefix, cutoff),
      query.target,
    );
    const breakdown = systems.blend.recommendWithBreakdown(query.prefix, cutoff);
    breakdown.generators.forEach((ranked, g) =>
      metricsFor(systems.blend.generators[g]!.name).record(ranked, query.target),
    );
    metricsFor(systems.blend.name).record(breakdown.blend, query.target);
    if (onProgress && (index + 1) % 10_000 === 0) onProgress(index + 1);
  });
  return metrics;
}
