import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { unwrap, type Runtime } from '../../../platform/index.ts';
import { BrandInput, BrandView, CategoryInput, CategoryView } from '../contracts/taxonomy.ts';
import { deleteBrand } from '../services/delete-brand.ts';
import { deleteCategory } from '../services/delete-category.ts';
import { listBrands } from '../services/list-brands.ts';
import { listCategories } from '../services/list-categories.ts';
import { upsertBrand } from '../services/upsert-brand.ts';
import { upsertCategory } from '../services/upsert-category.ts';
import { IdParams, NoContent } from './params.ts';

const read = { permission: 'catalog:read' } as const;
const write = { permission: 'catalog:write' } as const;
const tags = ['catalog'];
const security = [{ bearer: [] }];

/** Categories and brands: created with POST, replaced whole with PUT, deleted only when unused. */
export const adminTaxonomyRoutes: FastifyPluginAsyncTypebox<{ runtime: Runtime }> = async (app) => {
  app.get(
    '/categories',
    {
      config: read,
      schema: {
        tags,
        security,
        summary: 'Every category, flat, siblings in display order',
        response: { 200: Type.Object({ items: Type.Array(CategoryView) }) },
      },
    },
    async (request) => ({ items: await listCategories(request.ctx) }),
  );

  app.post(
    '/categories',
    {
      config: write,
      schema: {
        tags,
        security,
        summary: 'Create a category',
        body: CategoryInput,
        response: { 201: CategoryView },
      },
    },
    async (request, reply) => reply.code(201).send(unwrap(await upsertCategory(request.ctx, request.body))),
  );

  app.put(
    '/categories/:id',
    {
      config: write,
      schema: {
        tags,
        security,
        summary: 'Rename, move or reorder a category',
        params: IdParams,
        body: CategoryInput,
        response: { 200: CategoryView },
      },
    },
    async (request) => unwrap(await upsertCategory(request.ctx, { ...request.body, id: request.params.id })),
  );

  app.delete(
    '/categories/:id',
    {
      config: write,
      schema: {
        tags,
        security,
        summary: 'Delete an empty category',
        params: IdParams,
        response: { 204: NoContent },
      },
    },
    async (request, reply) => {
      unwrap(await deleteCategory(request.ctx, request.params.id));
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/brands',
    {
      config: read,
      schema: {
        tags,
        security,
        summary: 'Every brand',
        response: { 200: Type.Object({ items: Type.Array(BrandView) }) },
      },
    },
    async (request) => ({ items: await listBrands(request.ctx) }),
  );

  app.post(
    '/brands',
    {
      config: write,
      schema: { tags, security, summary: 'Create a brand', body: BrandInput, response: { 201: BrandView } },
    },
    async (request, reply) => reply.code(201).send(unwrap(await upsertBrand(request.ctx, request.body))),
  );

  app.put(
    '/brands/:id',
    {
      config: write,
      schema: {
        tags,
        security,
        summary: 'Replace a brand',
        params: IdParams,
        body: BrandInput,
        response: { 200: BrandView },
      },
    },
    async (request) => unwrap(await upsertBrand(request.ctx, { ...request.body, id: request.params.id })),
  );

  app.delete(
    '/brands/:id',
    {
      config: write,
      schema: {
        tags,
        security,
        summary: 'Delete an unused brand',
        params: IdParams,
        response: { 204: NoContent },
      },
    },
    async (request, reply) => {
      unwrap(await deleteBrand(request.ctx, request.params.id));
      return reply.code(204).send(null);
    },
  );
};
