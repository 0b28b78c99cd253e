import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { AppError, type Runtime } from '../../../platform/index.ts';
import type { ExplicitFilters } from '../engine/search-engine.ts';
import { searchIndexesOf } from '../services/search-indexes.ts';
import { popularQueriesStartingWith, recordSearchEvent, searchStore } from '../services/search-store.ts';
import { toSearchResponse } from './views.ts';
import {
  SearchEventBody,
  SearchQuery,
  SearchResponse,
  SuggestQuery,
  SuggestResponse,
  type SearchQuery as Query,
} from './schemas.ts';

const tags = ['search'];

export const storeSearchRoutes: FastifyPluginAsyncTypebox<{ runtime: Runtime }> = async (
  app,
  { runtime },
) => {
  const indexes = searchIndexesOf(runtime);
  app.addHook('onClose', async () => indexes.close());

  app.get(
    '/search',
    {
      schema: {
        tags,
        summary: 'Search products: understood intent, facets, corrections',
        querystring: SearchQuery,
        response: { 200: SearchResponse },
      },
    },
    async (request) => {
      const { ctx, query } = request;
      const search = await indexes.forMerchant(ctx);
      const outcome = await searchStore(ctx, search, {
        q: query.q,
        filters: filtersOf(query),
        sort: query.sort,
        offset: query.offset,
        limit: query.limit,
        drop: query.drop ? query.drop.split(',') : [],
      });
      return toSearchResponse(outcome, search, ctx.locale);
    },
  );

  app.get(
    '/search/suggest',
    {
      schema: {
        tags,
        summary: 'Completions as the shopper types',
        querystring: SuggestQuery,
        response: { 200: SuggestResponse },
      },
    },
    async (request) => {
      const { ctx, query } = request;
      const search = await indexes.forMerchant(ctx);
      const past = await popularQueriesStartingWith(ctx, query.q, query.limit);
      const fromCatalogue = await search.engine.suggest(query.q, query.limit);
      const seen = new Set<string>();
      const suggestions = [
        ...past.map((text) => ({ text, kind: 'query' as const })),
        ...fromCatalogue,
      ].filter((s) => {
        const key = s.text.toLowerCase();
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
      return { suggestions: suggestions.slice(0, query.limit) };
    },
  );

  app.post(
    '/search/events',
    {
      schema: {
        tags,
        summary: 'Record a click on, or a purchase of, a search result',
        body: SearchEventBody,
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      const recorded = await recordSearchEvent(request.ctx, request.body);
      if (!recorded) throw new AppError('SEARCH_QUERY_NOT_FOUND');
      return reply.status(204).send(null);
    },
  );
};

function filtersOf(query: Query): ExplicitFilters {
  const filters: ExplicitFilters = {};
  if (query.category) filters.categoryIds = [query.category];
  if (query.brand) filters.brandIds = [query.brand];
  if (query.priceMin !== undefined) filters.priceMin = query.priceMin;
  if (query.priceMax !== undefined) filters.priceMax = query.priceMax;
  for (const pair of query.attr ?? []) {
    const at = pair.indexOf(':');
    const key = pair.slice(0, at);
    const raw = pair.slice(at + 1);
    const value = raw === 'true' ? true : raw === 'false' ? false : raw;
    (filters.attributes ??= {})[key] = [...(filters.attributes[key] ?? []), value];
  }
  return filters;
}
