import type { Ctx } from '../../../platform/index.ts';
import type { CatalogueItem } from './catalogue.ts';
import { loadCatalogue } from './catalogue.ts';
import { aggregateBehaviour, type PopularLists } from './behaviour-aggregates.ts';
import { contentNeighbours } from './content-similarity.ts';
import { NEIGHBOURS_PER_ITEM } from './fit-next-items.ts';
import { fitNextItemsOffThread } from './fit-off-thread.ts';
import { loadHistory } from './event-history.ts';
import type { Neighbour } from './neighbours.ts';
import { learnRepurchaseCycles, type RepurchaseCycle } from './repurchase-cycles.ts';

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

export async function buildMerchantModel(ctx: Ctx, now: Date): Promise<MerchantModel> {
  const items = await loadCatalogue(ctx);
  const indexOf = new Map(items.map((item) => [item.id, item.index]));
  const history = await loadHistory(ctx, now);
  const behaviour = aggregateBehaviour(history, indexOf, now, NEIGHBOURS_PER_ITEM);
  // Off the request thread for a shop with many sessions: a fit takes seconds to minutes of CPU.
  const nextItems = await fitNextItemsOffThread(behaviour.sessions, items.length);
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
