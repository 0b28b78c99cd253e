import { and, asc, eq, inArray, lt } from 'drizzle-orm';
import type { DataSubject, PersonalDataContributor } from '../../platform/index.ts';
import { searchEvents, searchQueries } from './schema.ts';
import { shopperActorKey } from './services/actor-key.ts';

const ofSubject = (s: DataSubject) =>
  and(
    eq(searchQueries.merchantId, s.merchantId),
    eq(searchQueries.actorKey, shopperActorKey(s.merchantId, s.customerId)),
  );

/**
 * The search log under the shopper's key: what they typed can say a lot about them (a query is free text),
 * so it is exported, erased with the account and dropped after the behaviour retention period. What the log
 * taught the shop (learned synonyms, counts in past reports) holds no one's key and stays.
 */
export const searchPersonalData: PersonalDataContributor = {
  fields: ['search_queries.query'],
  async exportSubject(ctx, subject) {
    const queries = await ctx.db
      .select({
        id: searchQueries.id,
        query: searchQueries.query,
        locale: searchQueries.locale,
        resultCount: searchQueries.resultCount,
        at: searchQueries.createdAt,
      })
      .from(searchQueries)
      .where(ofSubject(subject))
      .orderBy(asc(searchQueries.createdAt));
    if (queries.length === 0) return undefined;
    const events = await ctx.db
      .select({
        queryId: searchEvents.queryId,
        kind: searchEvents.kind,
        productId: searchEvents.productId,
        at: searchEvents.createdAt,
      })
      .from(searchEvents)
      .where(
        and(
          eq(searchEvents.merchantId, subject.merchantId),
          inArray(
            searchEvents.queryId,
            queries.map((q) => q.id),
          ),
        ),
      )
      .orderBy(asc(searchEvents.createdAt));
    return {
      searches: queries.map(({ id, ...query }) => ({
        ...query,
        at: query.at.toISOString(),
        followedBy: events
          .filter((e) => e.queryId === id)
          .map((e) => ({ kind: e.kind, productId: e.productId, at: e.at.toISOString() })),
      })),
    };
  },
  async eraseSubject(ctx, subject) {
    // Clicks and purchases go with their query (ON DELETE CASCADE).
    await ctx.db.delete(searchQueries).where(ofSubject(subject));
  },
  async purgeExpired(ctx, policy) {
    await ctx.db.delete(searchQueries).where(lt(searchQueries.createdAt, policy.cutoff('behaviour')));
  },
};
