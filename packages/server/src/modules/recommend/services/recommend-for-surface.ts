import { customerIdOf, type Ctx } from '../../../platform/index.ts';
import { personalisationMode } from '../../privacy/index.ts';
import type { DeviceClass } from '../events/event-types.ts';
import { shoppingContext, type Festival, type Season, type TimeSlot } from '../context/shopping-context.ts';
import { nameIn, type CatalogueItem } from '../model/catalogue.ts';
import type { RecommendState } from '../model/recommend-state.ts';
import { loadProfile, type ShopperProfile } from '../profile/shopper-profile.ts';
import type { ProfileOwner } from '../profile/profile-cache.ts';
import type { MerchantModel } from '../model/merchant-model.ts';
import { generateCandidates, type SocialPick, type Surface } from '../ranking/generate-candidates.ts';
import type { Explanation } from '../ranking/explanations.ts';
import { diversityCap, rerank } from '../ranking/rerank.ts';

export interface RecommendationRequest {
  surface: Surface;
  productIds: readonly string[];
  limit: number;
  sessionId?: string | undefined;
  /** The shopper's local hour, when the client knows it better than the shop's clock. */
  hour?: number | undefined;
  device?: DeviceClass | undefined;
}

export interface RecommendedProduct {
  product: {
    id: string;
    title: string;
    subtitle: string | null;
    imageUrl: string | null;
    priceFrom: number;
    currency: string;
    brand: { id: string; name: string } | null;
    categoryId: string | null;
    tags: string[];
  };
  score: number;
  explanation: Explanation;
}

export interface Recommendations {
  surface: Surface;
  personalised: boolean;
  context: { slot: TimeSlot; season: Season; festival: Festival };
  items: RecommendedProduct[];
}

const SOCIAL_CANDIDATES = 20;
const RECENT_PURCHASE_ANCHORS = 3;

function toProduct(item: CatalogueItem, locale: Ctx['locale']): RecommendedProduct['product'] {
  return {
    id: item.id,
    title: nameIn(item.titles, locale),
    subtitle: nameIn(item.subtitles, locale) || null,
    imageUrl: item.imageUrl,
    priceFrom: item.price,
    currency: item.currency,
    brand: item.brandId ? { id: item.brandId, name: nameIn(item.brandNames, locale) } : null,
    categoryId: item.categoryId,
    tags: item.tags,
  };
}

async function profileFor(
  ctx: Ctx,
  state: RecommendState,
  model: MerchantModel,
  who: ProfileOwner,
  now: Date,
): Promise<ShopperProfile> {
  return state.profiles.through(ctx.merchantId, who, model, Date.now(), () =>
    loadProfile(ctx, model, who, now),
  );
}

/**
 * A surface's recommendations from the process's precomputed model, re-ranked for this request. The
 * shopper's history and friends are used only with personalisation consent, read from ctx.consent (loaded
 * for this request, so a withdrawal applies at once); otherwise only this visit's session and what is
 * popular, and the answer says `personalised: false`.
 */
export async function recommendForSurface(
  ctx: Ctx,
  state: RecommendState,
  request: RecommendationRequest,
): Promise<Recommendations> {
  const model = await state.modelFor(ctx);
  const now = state.now();
  const personalised = personalisationMode(ctx) === 'personalised';
  const customerId = personalised ? customerIdOf(ctx) : undefined;
  const wantsSocial =
    customerId !== undefined && (request.surface === 'home' || request.surface === 'empty_search');
  const [profile, social] = await Promise.all([
    profileFor(ctx, state, model, { customerId, sessionKey: request.sessionId }, now),
    wantsSocial ? state.socialSignals(ctx, customerId, { limit: SOCIAL_CANDIDATES }) : Promise.resolve([]),
  ]);
  const anchors = request.productIds.flatMap((id) => {
    const item = model.byId.get(id);
    return item ? [item.index] : [];
  });
  if (request.surface === 'after_purchase' && anchors.length === 0) {
    const latest = [...profile.purchased].sort((a, b) => b[1].getTime() - a[1].getTime());
    anchors.push(...latest.slice(0, RECENT_PURCHASE_ANCHORS).map(([index]) => index));
  }
  const context = shoppingContext(now, { hour: request.hour, device: request.device });
  const pool = generateCandidates(model, {
    surface: request.surface,
    anchors,
    profile,
    context,
    social: social as SocialPick[],
    locale: ctx.locale,
  });
  const ranked = rerank(model, pool, {
    surface: request.surface,
    limit: request.limit,
    anchors,
    profile,
    context,
    locale: ctx.locale,
    maxPerGroup: diversityCap(request.limit),
  });
  return {
    surface: request.surface,
    personalised,
    context: { slot: context.slot, season: context.season, festival: context.festival },
    items: ranked.map((r) => ({
      product: toProduct(r.item, ctx.locale),
      score: r.score,
      explanation: r.explanation,
    })),
  };
}
