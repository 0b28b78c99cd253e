import { fileURLToPath } from 'node:url';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { HexamallModule, Runtime } from '../../platform/index.ts';
import { adminAttributeRoutes } from './routes/admin-attributes.ts';
import { adminProductRoutes } from './routes/admin-products.ts';
import { adminTaxonomyRoutes } from './routes/admin-taxonomy.ts';
import { storeCatalogRoutes } from './routes/store.ts';
import './events.ts';
import { createStoreCatalogCaches, invalidateMerchant, storeCatalogCaches } from './store-cache.ts';

export { createProduct } from './services/create-product.ts';
export { getProduct } from './services/get-product.ts';
export { listProducts, AdminProductQuery } from './services/list-products.ts';
export { listStoreProducts, StoreProductQuery } from './services/list-store-products.ts';
export { getStoreProduct } from './services/get-store-product.ts';
export { updateProduct } from './services/update-product.ts';
export { changeProductStatus } from './services/change-product-status.ts';
export { addSku } from './services/add-sku.ts';
export { updateSku } from './services/update-sku.ts';
export { priceSkus, type PricedSku } from './services/price-skus.ts';
export { listProductsForIndexing, type IndexableProduct } from './services/list-products-for-indexing.ts';
export { upsertCategory } from './services/upsert-category.ts';
export { listCategories, categoryTree } from './services/list-categories.ts';
export { upsertBrand } from './services/upsert-brand.ts';
export { listBrands } from './services/list-brands.ts';
export { defineAttribute } from './services/define-attribute.ts';
export { listAttributes } from './services/list-attributes.ts';
export {
  openImport,
  getImport,
  listImports,
  nextImportRows,
  recordImportBatch,
  failImport,
  type ImportSourceRow,
} from './services/product-imports.ts';
export { ImportFormat, ImportView } from './contracts/import.ts';
export type { ImportRowError } from './schema.ts';
export {
  ProductInput,
  SkuInput,
  ProductPatch,
  SkuPatch,
  ProductTexts,
  type AdminProductView,
  type AdminSkuView,
  type AdminProductSummary,
  type StoreProductSummary,
  type StoreProductView,
} from './contracts/product.ts';
export { AttributeDefinitionInput, type AttributeDefinitionView } from './contracts/attribute.ts';
export { CategoryInput, BrandInput, type CategoryView, type BrandView } from './contracts/taxonomy.ts';
export type { AttributeValue, ProductStatus, SkuStatus } from './schema.ts';

const adminRoutes: FastifyPluginAsyncTypebox<{ runtime: Runtime }> = async (app, opts) => {
  const caches = storeCatalogCaches(opts.runtime);
  // Before the response leaves, so the writer's next read already misses the cache.
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.method !== 'GET' && reply.statusCode < 400)
      await invalidateMerchant(caches, request.ctx.merchantId);
    return payload;
  });
  await app.register(adminProductRoutes, opts);
  await app.register(adminTaxonomyRoutes, opts);
  await app.register(adminAttributeRoutes, opts);
};

export const catalogModule: HexamallModule = {
  name: 'catalog',
  migrationsFolder: fileURLToPath(new URL('./migrations', import.meta.url)),
  storeRoutes: storeCatalogRoutes,
  adminRoutes,
  setup: (runtime) => {
    createStoreCatalogCaches(runtime);
  },
};
