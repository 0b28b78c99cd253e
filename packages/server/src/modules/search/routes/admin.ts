import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { AppError, type Runtime } from '../../../platform/index.ts';
import { learnSynonyms } from '../services/learn-synonyms.ts';
import {
  deleteDictionaryEntry,
  listDictionaryEntries,
  putDictionaryEntry,
} from '../services/merchant-dictionaries.ts';
import { searchIndexesOf } from '../services/search-indexes.ts';
import { searchReport } from '../services/search-report.ts';
import { entryProblem } from './dictionary-schemas.ts';

const tags = ['search'];
const Kind = Type.Union([
  Type.Literal('synonyms'),
  Type.Literal('categories'),
  Type.Literal('scenes'),
  Type.Literal('personas'),
  Type.Literal('attributes'),
  Type.Literal('sorts'),
]);
const EntryParams = Type.Object(
  { kind: Kind, key: Type.String({ minLength: 1, maxLength: 60, pattern: '^[A-Za-z0-9_.-]+$' }) },
  { additionalProperties: false },
);
const Entry = Type.Union([Type.Record(Type.String(), Type.Unknown()), Type.Null()]);
const EntryView = Type.Object({
  kind: Kind,
  key: Type.String(),
  source: Type.Union([Type.Literal('default'), Type.Literal('merchant'), Type.Literal('learned')]),
  enabled: Type.Boolean(),
  entry: Entry,
});
const Stat = Type.Object({ query: Type.String(), searches: Type.Integer() });
const Report = Type.Object({
  since: Type.String(),
  searches: Type.Integer(),
  top: Type.Array(
    Type.Object({
      query: Type.String(),
      searches: Type.Integer(),
      clicks: Type.Integer(),
      zeroResults: Type.Integer(),
    }),
  ),
  zeroResults: Type.Array(Stat),
  abandoned: Type.Array(Stat),
});

export const adminSearchRoutes: FastifyPluginAsyncTypebox<{ runtime: Runtime }> = async (
  app,
  { runtime },
) => {
  const indexes = searchIndexesOf(runtime);

  app.get(
    '/search/report',
    {
      config: { permission: 'reports:read' },
      schema: {
        tags,
        summary: 'Top, zero-result and abandoned queries',
        querystring: Type.Object(
          { days: Type.Integer({ minimum: 1, maximum: 365, default: 30 }) },
          { additionalProperties: false },
        ),
        response: { 200: Report },
      },
    },
    async (request) => searchReport(request.ctx, request.query.days),
  );

  app.get(
    '/search/dictionaries',
    {
      config: { permission: 'catalog:read' },
      schema: {
        tags,
        summary: 'Synonyms, categories, scenes, personas, attributes and sort words',
        response: { 200: Type.Object({ items: Type.Array(EntryView) }) },
      },
    },
    async (request) => ({ items: await listDictionaryEntries(request.ctx) }),
  );

  app.put(
    '/search/dictionaries/:kind/:key',
    {
      config: { permission: 'catalog:write' },
      schema: {
        tags,
        summary: 'Add or replace an entry; a null entry switches a default off',
        params: EntryParams,
        body: Type.Object({ entry: Entry }, { additionalProperties: false }),
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      const { kind, key } = request.params;
      const { entry } = request.body;
      const problem = entry === null ? undefined : entryProblem(kind, entry);
      if (problem) throw new AppError('SEARCH_DICTIONARY_ENTRY_INVALID', problem);
      await putDictionaryEntry(request.ctx, { kind, key, entry });
      await indexes.reloadUnderstanding(request.ctx);
      return reply.status(204).send(null);
    },
  );

  app.delete(
    '/search/dictionaries/:kind/:key',
    {
      config: { permission: 'catalog:write' },
      schema: {
        tags,
        summary: "Remove the merchant's entry (a default applies again)",
        params: EntryParams,
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      const deleted = await deleteDictionaryEntry(request.ctx, request.params.kind, request.params.key);
      if (!deleted) throw new AppError('SEARCH_DICTIONARY_ENTRY_NOT_FOUND');
      await indexes.reloadUnderstanding(request.ctx);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/search/learn',
    {
      config: { permission: 'catalog:write' },
      schema: {
        tags,
        summary: 'Learn synonyms from reformulations and co-clicks in the search logs',
        body: Type.Object(
          { days: Type.Optional(Type.Integer({ minimum: 1, maximum: 365 })) },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ learned: Type.Array(Type.Array(Type.String())) }) },
      },
    },
    async (request) => {
      const { ctx } = request;
      const result = await learnSynonyms(ctx, request.body.days ? { days: request.body.days } : {});
      await indexes.reloadUnderstanding(ctx);
      return result;
    },
  );

  app.post(
    '/search/reindex',
    {
      config: { permission: 'catalog:write' },
      schema: {
        tags,
        summary: "Rebuild this merchant's search index from the database",
        response: { 200: Type.Object({ products: Type.Integer() }) },
      },
    },
    async (request) => {
      indexes.forget(request.ctx.merchantId);
      const search = await indexes.forMerchant(request.ctx);
      return { products: await search.engine.count() };
    },
  );
};
