import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { pageOf, unwrap, type Runtime } from '../../../platform/index.ts';
import {
  AdminProductSummary,
  AdminProductView,
  AdminSkuView,
  ProductInput,
  ProductPatch,
  ProductStatus,
  SkuInput,
  SkuPatch,
} from '../contracts/product.ts';
import { addSku } from '../services/add-sku.ts';
import { changeProductStatus } from '../services/change-product-status.ts';
import { createProduct } from '../services/create-product.ts';
import { deleteProduct } from '../services/delete-product.ts';
import { getProduct } from '../services/get-product.ts';
import { AdminProductQuery, listProducts } from '../services/list-products.ts';
import { updateProduct } from '../services/update-product.ts';
import { updateSku } from '../services/update-sku.ts';
import { IdParams, NoContent, SkuParams } from './params.ts';

const read = { permission: 'catalog:read' } as const;
const write = { permission: 'catalog:write' } as const;
const tags = ['catalog'];
const security = [{ bearer: [] }];
const StatusBody = Type.Object({ status: ProductStatus }, { additionalProperties: false });

export const adminProductRoutes: FastifyPluginAsyncTypebox<{ runtime: Runtime }> = async (app) => {
  app.get(
    '/products',
    {
      config: read,
      schema: {
        tags,
        security,
        summary: 'List products, newest first',
        querystring: AdminProductQuery,
        response: { 200: pageOf(AdminProductSummary) },
      },
    },
    async (request) => listProducts(request.ctx, request.query),
  );

  app.post(
    '/products',
    {
      config: write,
      schema: {
        tags,
        security,
        summary: 'Create a product with its SKUs',
        body: ProductInput,
        response: { 201: AdminProductView },
      },
    },
    async (request, reply) => reply.code(201).send(unwrap(await createProduct(request.ctx, request.body))),
  );

  app.get(
    '/products/:id',
    {
      config: read,
      schema: {
        tags,
        security,
        summary: 'A product in any status',
        params: IdParams,
        response: { 200: AdminProductView },
      },
    },
    async (request) => unwrap(await getProduct(request.ctx, request.params.id)),
  );

  app.patch(
    '/products/:id',
    {
      config: write,
      schema: {
        tags,
        security,
        summary: "Change a product's texts, category, brand, tags, images or attributes",
        params: IdParams,
        body: ProductPatch,
        response: { 200: AdminProductView },
      },
    },
    async (request) => unwrap(await updateProduct(request.ctx, request.params.id, request.body)),
  );

  app.post(
    '/products/:id/status',
    {
      config: write,
      schema: {
        tags,
        security,
        summary: 'Publish, unpublish or archive a product',
        params: IdParams,
        body: StatusBody,
        response: { 200: AdminProductView },
      },
    },
    async (request) => unwrap(await changeProductStatus(request.ctx, request.params.id, request.body.status)),
  );

  app.delete(
    '/products/:id',
    {
      config: write,
      schema: {
        tags,
        security,
        summary: 'Delete a draft product',
        params: IdParams,
        response: { 204: NoContent },
      },
    },
    async (request, reply) => {
      unwrap(await deleteProduct(request.ctx, request.params.id));
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/products/:id/skus',
    {
      config: write,
      schema: {
        tags,
        security,
        summary: 'Add a SKU to a product',
        params: IdParams,
        body: SkuInput,
        response: { 201: AdminSkuView },
      },
    },
    async (request, reply) =>
      reply.code(201).send(unwrap(await addSku(request.ctx, request.params.id, request.body))),
  );

  app.patch(
    '/products/:id/skus/:skuId',
    {
      config: write,
      schema: {
        tags,
        security,
        summary: "Change a SKU's price, code, specs or status",
        params: SkuParams,
        body: SkuPatch,
        response: { 200: AdminSkuView },
      },
    },
    async (request) =>
      unwrap(await updateSku(request.ctx, request.params.id, request.params.skuId, request.body)),
  );
};
