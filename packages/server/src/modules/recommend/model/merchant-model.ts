import type { Ctx } from '../../../platform/index.ts';
import { createSessionRecommender } from '../engine/index.ts';
import type { CatalogueItem } from './catalogue.ts';
import { loadCatalogue } from './catalogue.ts';
import { aggregateBehaviour, type PopularLists } from './behaviour-aggregates.ts';
import { contentNeighbours } from './content-similarity.ts';
import { loadHistory } from './event-history.ts';
import type { Neighbour } from './neighbours.ts';
import { learnRepurchaseCycles, type RepurchaseCycle } from './repurchase-cycles.ts';

/** How many neighbours each precomputed list keeps per item. */
export const NEIGHBOURS_PER_ITEM = 30;
/** Below this many multi-item sessions the session model has nothing to learn; co-occurrence still works. */
export const MIN_SESSIONS_FOR_MODEL = 20;

/**
 * Everything one process holds to answer a merchant's recommendation requests without scanning events:
 * per-item neighbour lists, popular lists and the learned cycles. Rebuilt as a whole by a build, never
 * mutated, so a request reads one consistent model while the next is being built.
 */
export interface MerchantModel {
  builtAt: Date;
  items: CatalogueItem[];
  byId: Map<string, CatalogueItem>;
  /** Next items after each item, from the fitted session model (empty when there was too little data). */
  nextItems: Neighbour[][];
  coViewed: Neighbour[][];
  content: Neighbour[][];
  boughtTogether: Neighbour[][];
  popular: PopularLists;
  cycles: Map<string, RepurchaseCycle>;
  /** Catalogue price tertiles: the boundaries between low, mid and high. */
  priceCuts: [number, number];
  sessionCount: number;
  eventCount: number;
  sessionModel: 'fitted' | 'too_little_data';
}

function tertiles(prices: number[]): [number, number] {
  if (prices.length === 0) return [0, 0];
  const sorted = [...prices].sort((a, b) => a - b);
  return [sorted[Math.floor(sorted.length / 3)]!, sorted[Math.floor((2 * sorted.length) / 3)]!];
}

function fitNextItems(sessions: number[][], itemCount: number): Neighbour[][] | undefined {
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

export async function buildMerchantModel(ctx: Ctx, now: Date): Promise<MerchantModel> {
  const items = await loadCatalogue(ctx);
  const indexOf = new Map(items.map((item) => [item.id, item.index]));
  const history = await loadHistory(ctx, now);
  const behaviour = aggregateBehaviour(history, indexOf, now, NEIGHBOURS_PER_ITEM);
  const nextItems = fitNextItems(behaviour.sessions, items.length);
  return {
    builtAt: now,
    items,
    byId: new Map(items.map((item) => [item.id, item])),
    nextItems: nextItems ?? items.map(() => []),
    coViewed: behaviour.coViewed,
    content: contentNeighbours(items, NEIGHBOURS_PER_ITEM),
    boughtTogether: behaviour.boughtTogether,
    popular: behaviour.popular,
    cycles: learnRepurchaseCycles(items, behaviour.purchases),
    priceCuts: tertiles(items.map((i) => i.price)),
    sessionCount: behaviour.sessions.length,
    eventCount: history.length,
    sessionModel: nextItems ? 'fitted' : 'too_little_data',
  };
}
