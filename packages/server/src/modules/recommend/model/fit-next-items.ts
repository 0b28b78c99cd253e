import { createSessionRecommender } from '../engine/index.ts';
import type { Neighbour } from './neighbours.ts';

/** How many neighbours each precomputed list keeps per item. */
export const NEIGHBOURS_PER_ITEM = 30;
/** Below this many multi-item sessions the session model has nothing to learn; co-occurrence still works. */
export const MIN_SESSIONS_FOR_MODEL = 20;

/**
 * Fits the session model and keeps, for every item seen, the items it ranks next. Pure and synchronous
 * over plain arrays, so it runs the same inline or in a worker thread (fit-off-thread.ts).
 */
export function fitNextItems(sessions: number[][], itemCount: number): Neighbour[][] | undefined {
  if (sessions.length < MIN_SESSIONS_FOR_MODEL || itemCount < 2) return undefined;
  const recommender = createSessionRecommender();
  recommender.fit(sessions, itemCount);
  const seen = new Set(sessions.flat());
  const lists: Neighbour[][] = Array.from({ length: itemCount }, () => []);
  for (const item of seen) {
    // The engine ranks; its rank becomes a score that falls off like the lists it is blended with.
    lists[item] = recommender
      .recommend([item], NEIGHBOURS_PER_ITEM)
      .filter((next) => next !== item)
      .map((index, rank) => ({ index, score: 1 / (1 + rank) }));
  }
  return lists;
}
