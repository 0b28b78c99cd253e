import type { Locale } from '../../../platform/index.ts';
import { SEASON_WORDS, type ShoppingContext } from '../context/shopping-context.ts';
import type { CatalogueItem } from '../model/catalogue.ts';
import type { MerchantModel } from '../model/merchant-model.ts';
import { DEFAULT_CYCLE_DAYS } from '../model/repurchase-cycles.ts';
import { priceBandOf, type ShopperProfile } from '../profile/shopper-profile.ts';
import type { Candidate, CandidatePool } from './candidate-pool.ts';
import { explain, type Explanation } from './explanations.ts';
import type { Surface } from './generate-candidates.ts';

const DAY_MS = 86_400_000;
// Novelty: what the shopper has just been looking at keeps this share of its score in a feed.
const ALREADY_SEEN_FACTOR = 0.3;
// Online adjustments on top of the candidates' scores, in the same units.
const ADJUST = {
  categoryAffinity: 0.5,
  brandAffinity: 0.25,
  priceBandMatch: 0.15,
  priceBandFar: -0.15,
  season: 0.1,
  newArrival: 0.05,
};

export interface RankedItem {
  item: CatalogueItem;
  score: number;
  explanation: Explanation;
}

export interface RankOptions {
  surface: Surface;
  limit: number;
  anchors: number[];
  profile: ShopperProfile;
  context: ShoppingContext;
  locale: Locale;
  /** At most this many items of one category, and of one brand, in the answer. */
  maxPerGroup: number;
}

/** The maximum per category or brand for a list of `limit`: a third of it, at least two. */
export const diversityCap = (limit: number) => Math.max(2, Math.ceil(limit / 3));

const BANDS = ['low', 'mid', 'high'] as const;

/**
 * Whether the shopper bought in this category recently enough that they are not in the market for it: within
 * the category's learned repurchase cycle. Returns the days left, or 0.
 */
export function suppressedDays(
  model: MerchantModel,
  profile: ShopperProfile,
  item: CatalogueItem,
  now: Date,
) {
  if (!item.categoryId) return 0;
  const last = profile.lastPurchaseByCategory.get(item.categoryId);
  if (!last) return 0;
  const cycle = model.cycles.get(item.categoryId)?.days ?? DEFAULT_CYCLE_DAYS;
  const left = cycle - (now.getTime() - last.getTime()) / DAY_MS;
  return left > 0 ? left : 0;
}

type Season = ShoppingContext['season'];
// Items live as long as their model; a substring scan of every word per candidate per request showed up
// in the API's profile, so each item answers once per season.
const seasonal = new WeakMap<CatalogueItem, Map<Season, boolean>>();

function inSeason(item: CatalogueItem, season: Season): boolean {
  let known = seasonal.get(item);
  if (!known) seasonal.set(item, (known = new Map()));
  let answer = known.get(season);
  if (answer === undefined) {
    answer = SEASON_WORDS[season].some((w) => item.words.some((iw) => iw.includes(w)));
    known.set(season, answer);
  }
  return answer;
}

function adjusted(model: MerchantModel, candidate: Candidate, options: RankOptions): number {
  const { profile, context } = options;
  const item = model.items[candidate.index]!;
  let score = candidate.score;
  if (item.categoryId)
    score += ADJUST.categoryAffinity * (profile.categoryAffinity.get(item.categoryId) ?? 0);
  if (item.brandId) score += ADJUST.brandAffinity * (profile.brandAffinity.get(item.brandId) ?? 0);
  if (profile.priceBand) {
    const distance = Math.abs(
      BANDS.indexOf(profile.priceBand) - BANDS.indexOf(priceBandOf(model, item.price)),
    );
    score += distance === 0 ? ADJUST.priceBandMatch : distance === 2 ? ADJUST.priceBandFar : 0;
  }
  if (inSeason(item, context.season)) score += ADJUST.season;
  if (context.now.getTime() - item.createdAt.getTime() < 30 * DAY_MS) score += ADJUST.newArrival;
  // Novelty: the feed should not hand back what the shopper has just been looking at.
  if (
    (options.surface === 'home' || options.surface === 'empty_search') &&
    profile.recentItems.includes(item.index)
  )
    score *= ALREADY_SEEN_FACTOR;
  return score;
}

/** Re-ranks the pool for this shopper and moment, applies the rules, and keeps the best `limit`. */
export function rerank(model: MerchantModel, pool: CandidatePool, options: RankOptions): RankedItem[] {
  const { profile, context } = options;
  const excluded = new Set([...options.anchors, ...profile.cartItems]);
  const scored: Array<{ candidate: Candidate; score: number }> = [];
  for (const candidate of pool.candidates.values()) {
    if (excluded.has(candidate.index)) continue;
    const item = model.items[candidate.index]!;
    // Never push again what was just bought, on any surface.
    const boughtAt = profile.purchased.get(candidate.index);
    const cycle = (item.categoryId && model.cycles.get(item.categoryId)?.days) || DEFAULT_CYCLE_DAYS;
    if (boughtAt && context.now.getTime() - boughtAt.getTime() < cycle * DAY_MS) continue;
    // A product page may show its own category's alternatives; elsewhere a just-bought category rests.
    if (options.surface !== 'product' && suppressedDays(model, profile, item, context.now) > 0) continue;
    scored.push({ candidate, score: adjusted(model, candidate, options) });
  }
  scored.sort((a, b) => b.score - a.score || a.candidate.index - b.candidate.index);

  const perCategory = new Map<string, number>();
  const perBrand = new Map<string, number>();
  const ranked: RankedItem[] = [];
  for (const { candidate, score } of scored) {
    if (ranked.length >= options.limit) break;
    const item = model.items[candidate.index]!;
    const category = item.categoryId ? (perCategory.get(item.categoryId) ?? 0) : 0;
    const brand = item.brandId ? (perBrand.get(item.brandId) ?? 0) : 0;
    if (category >= options.maxPerGroup || brand >= options.maxPerGroup) continue;
    if (item.categoryId) perCategory.set(item.categoryId, category + 1);
    if (item.brandId) perBrand.set(item.brandId, brand + 1);
    ranked.push({
      item,
      score: Math.round(score * 1000) / 1000,
      explanation: explain(candidate.reason.code, candidate.reason.params, options.locale),
    });
  }
  return ranked;
}
