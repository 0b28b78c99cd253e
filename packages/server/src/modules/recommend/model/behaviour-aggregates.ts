import {
  DEVICE_CLASSES,
  EVENT_WEIGHTS,
  eventCode,
  eventTypeOf,
  type DeviceClass,
} from '../events/event-types.ts';
import { slotOf, TIME_SLOTS, type TimeSlot } from '../context/shopping-context.ts';
import type { HistoryEvent } from './event-history.ts';
import { topOfMap, type Neighbour } from './neighbours.ts';

// Items this many steps apart in a session still count as seen together, weighted 1/distance.
const CO_VIEW_WINDOW = 5;
// Sessions longer than this are cut to their latest items: a crawler's thousand views say nothing.
const MAX_SESSION_ITEMS = 50;
const POPULARITY_HALF_LIFE_DAYS = 14;
const LIST_LENGTH = 100;

const PURCHASE = eventCode('purchase');
const BASKET = new Set([eventCode('add_to_cart'), PURCHASE]);
const BROWSING = new Set(['view', 'click', 'add_to_cart', 'favourite', 'purchase', 'share'].map((t) => t));

export interface PopularLists {
  all: Neighbour[];
  bySlot: Record<TimeSlot, Neighbour[]>;
  byDevice: Record<DeviceClass, Neighbour[]>;
  /** Decayed weighted interest per item, for "trending" and the popularity feature. */
  interest: Float64Array;
}

export interface BehaviourAggregates {
  /** Browsing sessions as item index sequences, oldest first, for the session model. */
  sessions: number[][];
  coViewed: Neighbour[][];
  boughtTogether: Neighbour[][];
  popular: PopularLists;
  /** (customer, item, time) of each purchase from a paid order that was joined to its shopper. */
  purchases: Array<{ customerId: string; index: number; at: Date }>;
}

function addPair(pairs: Map<number, Map<number, number>>, a: number, b: number, w: number) {
  let row = pairs.get(a);
  if (!row) pairs.set(a, (row = new Map()));
  row.set(b, (row.get(b) ?? 0) + w);
}

/** Pair counts normalised by how often each item occurs (cosine), so best-sellers do not top every list. */
function normalisedLists(
  pairs: Map<number, Map<number, number>>,
  occurrences: Map<number, number>,
  itemCount: number,
  perItem: number,
): Neighbour[][] {
  const lists: Neighbour[][] = Array.from({ length: itemCount }, () => []);
  for (const [a, row] of pairs) {
    const scored = new Map<number, number>();
    for (const [b, w] of row) {
      scored.set(b, w / Math.sqrt((occurrences.get(a) ?? 1) * (occurrences.get(b) ?? 1)));
    }
    lists[a] = topOfMap(scored, perItem);
  }
  return lists;
}

export function aggregateBehaviour(
  history: readonly HistoryEvent[],
  indexOf: ReadonlyMap<string, number>,
  now: Date,
  perItem: number,
): BehaviourAggregates {
  const itemCount = indexOf.size;
  const bySession = new Map<string, number[]>();
  const baskets = new Map<string, Set<number>>();
  const interest = new Float64Array(itemCount);
  const slotScores = Object.fromEntries(TIME_SLOTS.map((s) => [s, new Map<number, number>()])) as Record<
    TimeSlot,
    Map<number, number>
  >;
  const deviceScores = Object.fromEntries(
    DEVICE_CLASSES.map((d) => [d, new Map<number, number>()]),
  ) as Record<DeviceClass, Map<number, number>>;
  const purchases: BehaviourAggregates['purchases'] = [];
  for (const event of history) {
    const index = indexOf.get(event.productId);
    const type = eventTypeOf(event.type);
    if (index === undefined || !type) continue;
    const ageDays = (now.getTime() - event.at.getTime()) / 86_400_000;
    const weight = EVENT_WEIGHTS[type] * 0.5 ** (Math.max(0, ageDays) / POPULARITY_HALF_LIFE_DAYS);
    interest[index]! += weight;
    const slot = slotScores[slotOf(event.at)];
    slot.set(index, (slot.get(index) ?? 0) + weight);
    const device = deviceScores[DEVICE_CLASSES[event.device] ?? 'unknown'];
    device.set(index, (device.get(index) ?? 0) + weight);
    if (BASKET.has(event.type)) {
      let basket = baskets.get(event.sessionKey);
      if (!basket) baskets.set(event.sessionKey, (basket = new Set()));
      basket.add(index);
    }
    if (event.orderId !== null) {
      if (event.customerId) purchases.push({ customerId: event.customerId, index, at: event.at });
      continue;
    }
    if (!BROWSING.has(type)) continue;
    let session = bySession.get(event.sessionKey);
    if (!session) bySession.set(event.sessionKey, (session = []));
    if (session[session.length - 1] !== index) session.push(index);
  }

  const sessions = [...bySession.values()].map((s) => s.slice(-MAX_SESSION_ITEMS));
  const coPairs = new Map<number, Map<number, number>>();
  const seenIn = new Map<number, number>();
  for (const session of sessions) {
    for (const item of new Set(session)) seenIn.set(item, (seenIn.get(item) ?? 0) + 1);
    for (let i = 0; i < session.length; i++) {
      for (let d = 1; d <= CO_VIEW_WINDOW && i + d < session.length; d++) {
        const a = session[i]!;
        const b = session[i + d]!;
        if (a === b) continue;
        addPair(coPairs, a, b, 1 / d);
        addPair(coPairs, b, a, 1 / d);
      }
    }
  }
  const basketPairs = new Map<number, Map<number, number>>();
  const inBaskets = new Map<number, number>();
  for (const basket of baskets.values()) {
    const items = [...basket];
    for (const a of items) inBaskets.set(a, (inBaskets.get(a) ?? 0) + 1);
    for (const a of items) for (const b of items) if (a !== b) addPair(basketPairs, a, b, 1);
  }
  const list = (scores: Map<number, number>) => topOfMap(scores, LIST_LENGTH);
  return {
    sessions: sessions.filter((s) => s.length >= 2),
    coViewed: normalisedLists(coPairs, seenIn, itemCount, perItem),
    boughtTogether: normalisedLists(basketPairs, inBaskets, itemCount, perItem),
    popular: {
      all: list(new Map([...interest].map((w, i) => [i, w]))),
      bySlot: Object.fromEntries(TIME_SLOTS.map((s) => [s, list(slotScores[s])])) as Record<
        TimeSlot,
        Neighbour[]
      >,
      byDevice: Object.fromEntries(DEVICE_CLASSES.map((d) => [d, list(deviceScores[d])])) as Record<
        DeviceClass,
        Neighbour[]
      >,
      interest,
    },
    purchases,
  };
}
