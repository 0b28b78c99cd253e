import { and, desc, eq, or } from 'drizzle-orm';
import type { Ctx } from '../../../platform/index.ts';
import { EVENT_WEIGHTS, eventCode, eventTypeOf } from '../events/event-types.ts';
import type { MerchantModel } from '../model/merchant-model.ts';
import { recommendEvents } from '../schema.ts';

export type PriceBand = 'low' | 'mid' | 'high';

/** What recommendations know of the shopper right now, built from their events on each request. */
export interface ShopperProfile {
  /** This visit's items, oldest first. */
  sessionItems: number[];
  /** Items the shopper looked at lately (this visit first), most recent first, distinct. */
  recentItems: number[];
  /** Decayed interest per category and brand, the strongest scaled to 1. */
  categoryAffinity: Map<string, number>;
  brandAffinity: Map<string, number>;
  priceBand: PriceBand | null;
  sizes: string[];
  /** When the shopper last bought in each category (from paid orders). */
  lastPurchaseByCategory: Map<string, Date>;
  /** Products bought, with when. */
  purchased: Map<number, Date>;
  /** Products in the cart this visit (added and not bought). */
  cartItems: number[];
}

const PROFILE_EVENTS = 300;
const AFFINITY_HALF_LIFE_DAYS = 30;
const PURCHASE = eventCode('purchase');
const ADD_TO_CART = eventCode('add_to_cart');

type Row = {
  type: number;
  productId: string | null;
  at: Date;
  size: string | null;
  orderId: string | null;
  sessionKey: string;
};

/** The person's joined events and this visit's, newest first, in one indexed read (a bitmap OR on PostgreSQL). */
async function eventsOf(ctx: Ctx, who: { customerId?: string; sessionKey?: string }): Promise<Row[]> {
  const whose = [
    who.customerId ? eq(recommendEvents.customerId, who.customerId) : undefined,
    who.sessionKey ? eq(recommendEvents.sessionKey, who.sessionKey) : undefined,
  ].filter((c) => c !== undefined);
  if (whose.length === 0) return [];
  return ctx.db
    .select({
      type: recommendEvents.type,
      productId: recommendEvents.productId,
      at: recommendEvents.at,
      size: recommendEvents.size,
      orderId: recommendEvents.orderId,
      sessionKey: recommendEvents.sessionKey,
    })
    .from(recommendEvents)
    .where(and(eq(recommendEvents.merchantId, ctx.merchantId), or(...whose)))
    .orderBy(desc(recommendEvents.at))
    .limit(PROFILE_EVENTS);
}

function scaled(map: Map<string, number>): Map<string, number> {
  const max = Math.max(0, ...map.values());
  if (max > 0) for (const [k, v] of map) map.set(k, v / max);
  return map;
}

/**
 * The live profile. With personalisation (`customerId` given) it reads the person's joined events and this
 * visit's; without, only this visit's: the caller decides, from consent, which it may use.
 */
export async function loadProfile(
  ctx: Ctx,
  model: MerchantModel,
  who: { customerId?: string | undefined; sessionKey?: string | undefined },
  now: Date,
): Promise<ShopperProfile> {
  const rows = await eventsOf(ctx, {
    ...(who.customerId ? { customerId: who.customerId } : {}),
    ...(who.sessionKey ? { sessionKey: who.sessionKey } : {}),
  });
  const profile: ShopperProfile = {
    sessionItems: [],
    recentItems: [],
    categoryAffinity: new Map(),
    brandAffinity: new Map(),
    priceBand: null,
    sizes: [],
    lastPurchaseByCategory: new Map(),
    purchased: new Map(),
    cartItems: [],
  };
  const recent = new Set<number>();
  const sizes = new Set<string>();
  const bought = new Set<number>();
  let priceWeight = 0;
  let priceSum = 0;
  for (const row of rows) {
    const item = row.productId ? model.byId.get(row.productId) : undefined;
    const type = eventTypeOf(row.type);
    if (!item || !type) continue;
    const decay =
      0.5 ** (Math.max(0, now.getTime() - row.at.getTime()) / 86_400_000 / AFFINITY_HALF_LIFE_DAYS);
    const weight = EVENT_WEIGHTS[type] * decay;
    if (item.categoryId)
      profile.categoryAffinity.set(
        item.categoryId,
        (profile.categoryAffinity.get(item.categoryId) ?? 0) + weight,
      );
    if (item.brandId)
      profile.brandAffinity.set(item.brandId, (profile.brandAffinity.get(item.brandId) ?? 0) + weight);
    priceWeight += weight;
    priceSum += weight * Math.log(1 + item.price);
    if (row.type === PURCHASE && row.orderId !== null) {
      bought.add(item.index);
      if (!profile.purchased.has(item.index)) profile.purchased.set(item.index, row.at);
      if (row.size) sizes.add(row.size);
      if (item.categoryId && !profile.lastPurchaseByCategory.has(item.categoryId))
        profile.lastPurchaseByCategory.set(item.categoryId, row.at);
      continue;
    }
    if (type !== 'dwell' && !recent.has(item.index)) recent.add(item.index);
    if (row.sessionKey === who.sessionKey) {
      if (profile.sessionItems[0] !== item.index) profile.sessionItems.unshift(item.index);
      if (row.type === ADD_TO_CART && !profile.cartItems.includes(item.index))
        profile.cartItems.push(item.index);
    }
  }
  profile.recentItems = [...recent].slice(0, 20);
  profile.cartItems = profile.cartItems.filter((i) => !bought.has(i));
  profile.sizes = [...sizes];
  scaled(profile.categoryAffinity);
  scaled(profile.brandAffinity);
  if (priceWeight > 0) {
    const typical = Math.exp(priceSum / priceWeight) - 1;
    const [low, high] = model.priceCuts;
    profile.priceBand = typical < low ? 'low' : typical > high ? 'high' : 'mid';
  }
  return profile;
}

export function priceBandOf(model: MerchantModel, price: number): PriceBand {
  const [low, high] = model.priceCuts;
  return price < low ? 'low' : price > high ? 'high' : 'mid';
}
