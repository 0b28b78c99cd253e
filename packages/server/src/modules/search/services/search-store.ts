import { and, desc, eq, sql } from 'drizzle-orm';
import { newUlid, type Ctx } from '../../../platform/index.ts';
import type { ExplicitFilters, SortOrder } from '../engine/search-engine.ts';
import { normaliseText } from '../engine/text/normalise.ts';
import { searchProducts, type ProductSearchOutcome } from '../search-products.ts';
import { searchEvents, searchQueries } from '../schema.ts';
import { actorKeyOf } from './actor-key.ts';
import type { MerchantSearch } from './search-indexes.ts';

export interface StoreSearchInput {
  q: string;
  filters: ExplicitFilters;
  sort?: SortOrder | undefined;
  offset: number;
  limit: number;
  /** Understood parts the shopper gave up (IntentPart ids). */
  drop?: readonly string[];
}

export interface StoreSearchOutcome extends ProductSearchOutcome {
  queryId: string;
}

// Clicks weigh less than purchases; both are counted over this many recent searches of the same query.
const PURCHASE_WEIGHT = 3;

/**
 * A shopper's search: the ranking reads what earlier shoppers chose for the same query and, only with consent to
 * personalisation, what this shopper chose before; the search is logged for the report and for learning.
 */
export async function searchStore(
  ctx: Ctx,
  search: MerchantSearch,
  input: StoreSearchInput,
): Promise<StoreSearchOutcome> {
  const normalisedQuery = normaliseText(input.q).replace(/\s+/g, ' ').trim();
  const actorKey = actorKeyOf(ctx);
  const [learnedBoost, affinity] = await Promise.all([
    learnedBoostFor(ctx, normalisedQuery),
    ctx.consent.has('personalisation') && actorKey ? affinityOf(ctx, actorKey, search) : undefined,
  ]);
  const outcome = await searchProducts(search.engine, search.understanding, {
    query: input.q,
    locale: ctx.locale,
    filters: input.filters,
    ...(input.sort ? { sort: input.sort } : {}),
    offset: input.offset,
    limit: input.limit,
    facets: true,
    drop: input.drop ?? [],
    learnedBoost,
    ...(affinity ? { affinity } : {}),
  });
  const queryId = `srch_${newUlid()}`;
  await ctx.db.insert(searchQueries).values({
    id: queryId,
    merchantId: ctx.merchantId,
    actorKey,
    query: input.q.slice(0, 200),
    normalisedQuery: normalisedQuery.slice(0, 200),
    locale: ctx.locale,
    resultCount: outcome.result.total,
    shownIds: outcome.result.hits.map((h) => h.id),
    understood: outcome.understood,
    relaxed: outcome.relaxed.map((r) => r.kind),
  });
  return { ...outcome, queryId };
}

/** Product -> 0..1 from clicks and purchases that followed this same query. */
async function learnedBoostFor(ctx: Ctx, normalisedQuery: string): Promise<Map<string, number>> {
  const rows = await ctx.db
    .select({
      productId: searchEvents.productId,
      score: sql<number>`sum(case when ${searchEvents.kind} = 'purchase' then ${PURCHASE_WEIGHT} else 1 end)::int`,
    })
    .from(searchEvents)
    .innerJoin(searchQueries, eq(searchQueries.id, searchEvents.queryId))
    .where(
      and(eq(searchQueries.merchantId, ctx.merchantId), eq(searchQueries.normalisedQuery, normalisedQuery)),
    )
    .groupBy(searchEvents.productId)
    .orderBy(desc(sql`2`))
    .limit(50);
  const best = Math.max(0, ...rows.map((r) => Number(r.score)));
  return new Map(rows.map((r) => [r.productId, best > 0 ? Number(r.score) / best : 0]));
}

/** Products this shopper chose from earlier searches, and others of the same brands, at half the weight. */
async function affinityOf(ctx: Ctx, actorKey: string, search: MerchantSearch): Promise<Map<string, number>> {
  const chosen = await ctx.db
    .selectDistinct({ productId: searchEvents.productId })
    .from(searchEvents)
    .innerJoin(searchQueries, eq(searchQueries.id, searchEvents.queryId))
    .where(and(eq(searchQueries.merchantId, ctx.merchantId), eq(searchQueries.actorKey, actorKey)))
    .limit(100);
  const out = new Map<string, number>();
  const brands = new Set<string>();
  for (const { productId } of chosen) {
    out.set(productId, 1);
    const brand = search.products.get(productId)?.brand?.id;
    if (brand) brands.add(brand);
  }
  if (brands.size > 0) {
    for (const p of search.products.values()) {
      if (!out.has(p.productId) && p.brand && brands.has(p.brand.id)) out.set(p.productId, 0.5);
    }
  }
  return out;
}

/** Records a click on, or a purchase of, a product a search showed. False when the search is not this merchant's. */
export async function recordSearchEvent(
  ctx: Ctx,
  input: { queryId: string; productId: string; kind: 'click' | 'purchase'; position?: number | undefined },
): Promise<boolean> {
  const [query] = await ctx.db
    .select({ id: searchQueries.id })
    .from(searchQueries)
    .where(and(eq(searchQueries.merchantId, ctx.merchantId), eq(searchQueries.id, input.queryId)));
  if (!query) return false;
  await ctx.db.insert(searchEvents).values({
    id: `sev_${newUlid()}`,
    merchantId: ctx.merchantId,
    queryId: input.queryId,
    productId: input.productId,
    kind: input.kind,
    position: input.position ?? null,
  });
  return true;
}

/** Past queries that start with what is being typed, most searched first (only ones that found something). */
export async function popularQueriesStartingWith(ctx: Ctx, prefix: string, limit: number): Promise<string[]> {
  const norm = normaliseText(prefix).trim();
  if (norm === '') return [];
  const rows = await ctx.db
    .select({ query: searchQueries.normalisedQuery, n: sql<number>`count(*)::int` })
    .from(searchQueries)
    .where(
      and(
        eq(searchQueries.merchantId, ctx.merchantId),
        sql`${searchQueries.normalisedQuery} like ${`${norm.replace(/[\\%_]/g, '\\$&')}%`}`,
        sql`${searchQueries.resultCount} > 0`,
      ),
    )
    .groupBy(searchQueries.normalisedQuery)
    .orderBy(desc(sql`2`))
    .limit(limit);
  return rows.map((r) => r.query);
}
