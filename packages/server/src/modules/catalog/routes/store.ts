import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { pageOf, unwrap, type Runtime } from '../../../platform/index.ts';
import { StoreProductSummary, StoreProductView } from '../contracts/product.ts';
import { CategoryNode, StoreBrandView } from '../contracts/taxonomy.ts';
import { getStoreProduct } from '../services/get-store-product.ts';
import { listStoreBrands } from '../services/list-brands.ts';
import { categoryTree } from '../services/list-categories.ts';
import { listStoreProducts, StoreProductQuery } from '../services/list-store-products.ts';
import { IdParams } from './params.ts';
import { storeCatalogCaches } from '../store-cache.ts';

const tags = ['catalog'];

export const storeCatalogRoutes: FastifyPluginAsyncTypebox<{ runtime: Runtime }> = async (
  app,
  { runtime },
) => {
  const caches = storeCatalogCaches(runtime);
  app.get(
    '/products',
    {
      schema: {
        tags,
        summary: 'Browse products on sale',
        querystring: StoreProductQuery,
        response: { 200: pageOf(StoreProductSummary) },
      },
    },
    async (request) => {
      const { ctx } = request;
      const key = `${ctx.merchantId}|${ctx.locale}|${JSON.stringify(request.query)}`;
      const page = await caches.lists.get(key, [`merchant:${ctx.merchantId}`], async () =>
        unwrap(await listStoreProducts(ctx, request.query)),
      );
      return page!;
    },
  );

  app.get(
    '/products/:id',
    {
      schema: {
        tags,
        summary: 'A product on sale, with its SKUs',
        params: IdParams,
        response: { 200: StoreProductView },
      },
    },
    async (request) => {
      const { ctx } = request;
      const { id } = request.params;
      const tags = [`product:${id}`, `merchant:${ctx.merchantId}`];
      // Misses for unknown ids are answered from the database each time and never cached.
      const product = await caches.products.get(`${ctx.merchantId}|${ctx.locale}|${id}`, tags, async () => {
        const found = await getStoreProduct(ctx, id);
        return found.ok ? found.value : undefined;
      });
      return product ?? unwrap(await getStoreProduct(ctx, id));
    },
  );

  app.get(
    '/categories',
    {
      schema: {
        tags,
        summary: 'The category tree',
        response: { 200: Type.Object({ items: Type.Array(CategoryNode) }) },
      },
    },
    async (request) => ({ items: await categoryTree(request.ctx) }),
  );

  app.get(
    '/brands',
    {
      schema: {
        tags,
        summary: 'Every brand',
        response: { 200: Type.Object({ items: Type.Array(StoreBrandView) }) },
      },
    },
    async (request) => ({ items: await listStoreBrands(request.ctx) }),
  );
};
