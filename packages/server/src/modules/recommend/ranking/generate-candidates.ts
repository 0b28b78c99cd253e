import type { Locale } from '../../../platform/index.ts';
import type { ShoppingContext } from '../context/shopping-context.ts';
import type { CatalogueItem } from '../model/catalogue.ts';
import { nameIn } from '../model/catalogue.ts';
import type { MerchantModel } from '../model/merchant-model.ts';
import type { Neighbour } from '../model/neighbours.ts';
import type { ShopperProfile } from '../profile/shopper-profile.ts';
import { CandidatePool } from './candidate-pool.ts';

export const SURFACES = ['home', 'product', 'cart', 'after_purchase', 'empty_search'] as const;
export type Surface = (typeof SURFACES)[number];

export interface SocialPick {
  productId: string;
  source: 'friend' | 'creator';
  count: number;
}

export interface CandidateRequest {
  surface: Surface;
  /** The product the page shows (product), was just bought (after_purchase) or is in the cart (cart). */
  anchors: number[];
  profile: ShopperProfile;
  context: ShoppingContext;
  social: readonly SocialPick[];
  locale: Locale;
}

/** A product counts as a new arrival this long after it was created. */
export const NEW_ARRIVAL_DAYS = 30;
// How much each source of candidates counts before re-ranking; equal evidence from the session beats
// popularity, and what the shopper just did beats what they did last month.
const WEIGHTS = {
  next: 1.0,
  coViewed: 0.8,
  content: 0.5,
  newContentBoost: 1.6,
  boughtTogether: 1.2,
  slot: 0.6,
  device: 0.15,
  popular: 0.3,
  festival: 0.45,
  friend: 1.5,
  creator: 1.0,
  affinity: 0.5,
};
const RECENT_SOURCES = 3;
const POSITION_DECAY = 0.6;

const isNew = (item: CatalogueItem, now: Date) =>
  now.getTime() - item.createdAt.getTime() < NEW_ARRIVAL_DAYS * 86_400_000;

function fromNeighbours(
  pool: CandidatePool,
  list: readonly Neighbour[] | undefined,
  weight: number,
  reason: (candidate: number) => Parameters<CandidatePool['add']>[2],
) {
  for (const n of list ?? []) pool.add(n.index, weight * n.score, reason(n.index));
}

function popularList(
  pool: CandidatePool,
  list: readonly Neighbour[],
  weight: number,
  reason: Parameters<CandidatePool['add']>[2],
) {
  list.forEach((n, rank) => pool.add(n.index, weight * (1 - rank / Math.max(list.length, 1)), reason));
}

/** Every generator the surface uses, pooled. */
export function generateCandidates(model: MerchantModel, request: CandidateRequest): CandidatePool {
  const pool = new CandidatePool();
  const { profile, context, locale } = request;
  const titleOf = (index: number) => nameIn(model.items[index]?.titles, locale);
  const viewed = (source: number) => () => ({
    code: 'because_viewed' as const,
    params: { productId: model.items[source]!.id, title: titleOf(source) },
  });
  const similar = (source: number) => (candidate: number) => ({
    code: isNew(model.items[candidate]!, context.now) ? ('new_similar' as const) : ('similar_to' as const),
    params: { productId: model.items[source]!.id, title: titleOf(source) },
  });
  const together = (source: number) => () => ({
    code: 'bought_together' as const,
    params: { productId: model.items[source]!.id, title: titleOf(source) },
  });
  const content = (source: number, weight: number) => {
    for (const n of model.content[source] ?? []) {
      const boost = isNew(model.items[n.index]!, context.now) ? WEIGHTS.newContentBoost : 1;
      pool.add(n.index, weight * boost * n.score, similar(source)(n.index));
    }
  };

  // What the shopper did lately: this visit first, then (when personalised) their history.
  const sources = [...profile.sessionItems].reverse();
  for (const item of profile.recentItems) if (!sources.includes(item)) sources.push(item);
  const recent = sources.slice(0, RECENT_SOURCES);

  switch (request.surface) {
    case 'product':
      for (const anchor of request.anchors) {
        content(anchor, 1);
        fromNeighbours(pool, model.coViewed[anchor], 1, similar(anchor));
        fromNeighbours(pool, model.nextItems[anchor], 0.8, similar(anchor));
        fromNeighbours(pool, model.boughtTogether[anchor], WEIGHTS.boughtTogether, together(anchor));
      }
      break;
    case 'cart':
    case 'after_purchase': {
      const anchors = request.anchors.length > 0 ? request.anchors : profile.cartItems;
      for (const anchor of anchors) {
        fromNeighbours(pool, model.boughtTogether[anchor], WEIGHTS.boughtTogether, together(anchor));
        fromNeighbours(pool, model.nextItems[anchor], 0.4, together(anchor));
        fromNeighbours(pool, model.coViewed[anchor], 0.2, together(anchor));
      }
      break;
    }
    case 'home':
    case 'empty_search':
      break;
  }

  recent.forEach((source, position) => {
    const decay = POSITION_DECAY ** position;
    const scale = request.surface === 'home' || request.surface === 'empty_search' ? 1 : 0.3;
    fromNeighbours(pool, model.nextItems[source], WEIGHTS.next * decay * scale, viewed(source));
    fromNeighbours(pool, model.coViewed[source], WEIGHTS.coViewed * decay * scale, viewed(source));
    content(source, WEIGHTS.content * decay * scale);
  });

  for (const pick of request.social) {
    const item = model.byId.get(pick.productId);
    if (!item) continue;
    const weight = (pick.source === 'friend' ? WEIGHTS.friend : WEIGHTS.creator) * Math.log2(1 + pick.count);
    pool.add(item.index, weight, {
      code: pick.source === 'friend' ? 'friends_liked' : 'creator_pick',
      params: { count: pick.count },
    });
  }

  const topCategories = [...profile.categoryAffinity].sort((a, b) => b[1] - a[1]).slice(0, 2);
  for (const [categoryId, affinity] of topCategories) {
    const inCategory = model.popular.all.filter((n) => model.items[n.index]!.categoryId === categoryId);
    const name = nameIn(model.items[inCategory[0]?.index ?? -1]?.categoryNames, locale);
    popularList(pool, inCategory, WEIGHTS.affinity * affinity, {
      code: 'category_affinity',
      params: { category: name },
    });
  }

  popularList(pool, model.popular.bySlot[context.slot], WEIGHTS.slot, {
    code: 'popular_at_slot',
    params: { slot: context.slot },
  });
  popularList(pool, model.popular.byDevice[context.device], WEIGHTS.device, { code: 'popular', params: {} });
  if (context.festival) {
    popularList(pool, model.popular.all, WEIGHTS.festival, {
      code: 'festival_pick',
      params: { festival: context.festival },
    });
  } else {
    popularList(pool, model.popular.all, WEIGHTS.popular, { code: 'popular', params: {} });
  }
  // A new shop with no events yet still shows something: its newest products.
  if (pool.candidates.size === 0) {
    const newest = [...model.items]
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())
      .slice(0, 50);
    newest.forEach((item, rank) =>
      pool.add(item.index, 0.01 * (1 - rank / 50), { code: 'new_arrival', params: {} }),
    );
  }
  return pool;
}
