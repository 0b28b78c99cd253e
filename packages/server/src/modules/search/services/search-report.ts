import { and, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Ctx } from '../../../platform/index.ts';
import { searchEvents, searchQueries } from '../schema.ts';

export interface QueryStat {
  query: string;
  searches: number;
}

export interface SearchReport {
  since: string;
  searches: number;
  /** Most searched, with how many of those searches led to a click. */
  top: (QueryStat & { clicks: number; zeroResults: number })[];
  /** Searches that found nothing (before recovery relaxed them, they are still worth a synonym or a product). */
  zeroResults: QueryStat[];
  /** Searches that found something, yet nothing was clicked. */
  abandoned: QueryStat[];
}

const LIMIT = 20;

export async function searchReport(ctx: Ctx, days: number, now = new Date()): Promise<SearchReport> {
  const since = new Date(now.getTime() - days * 86_400_000);
  const inWindow = and(eq(searchQueries.merchantId, ctx.merchantId), gt(searchQueries.createdAt, since));
  const clicked = sql`exists (select 1 from ${searchEvents} where ${searchEvents.queryId} = ${searchQueries.id})`;
  const searches = sql<number>`count(*)::int`;
  const [total] = await ctx.db.select({ n: searches }).from(searchQueries).where(inWindow);
  const top = await ctx.db
    .select({
      query: searchQueries.normalisedQuery,
      searches,
      clicks: sql<number>`count(*) filter (where ${clicked})::int`,
      zeroResults: sql<number>`count(*) filter (where ${searchQueries.resultCount} = 0)::int`,
    })
    .from(searchQueries)
    .where(inWindow)
    .groupBy(searchQueries.normalisedQuery)
    .orderBy(desc(searches), searchQueries.normalisedQuery)
    .limit(LIMIT);
  const zeroResults = await ctx.db
    .select({ query: searchQueries.normalisedQuery, searches })
    .from(searchQueries)
    .where(and(inWindow, eq(searchQueries.resultCount, 0)))
    .groupBy(searchQueries.normalisedQuery)
    .orderBy(desc(searches), searchQueries.normalisedQuery)
    .limit(LIMIT);
  const abandoned = await ctx.db
    .select({ query: searchQueries.normalisedQuery, searches })
    .from(searchQueries)
    .leftJoin(searchEvents, eq(searchEvents.queryId, searchQueries.id))
    .where(and(inWindow, gt(searchQueries.resultCount, 0), isNull(searchEvents.id)))
    .groupBy(searchQueries.normalisedQuery)
    .orderBy(desc(searches), searchQueries.normalisedQuery)
    .limit(LIMIT);
  return { since: since.toISOString(), searches: total?.n ?? 0, top, zeroResults, abandoned };
}
