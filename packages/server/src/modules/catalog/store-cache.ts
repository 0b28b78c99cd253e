import type { ReadCache, Runtime } from '../../platform/index.ts';
import type { StoreProductSummary, StoreProductView } from './contracts/product.ts';

export interface StoreCatalogCaches {
  products: ReadCache<StoreProductView>;
  lists: ReadCache<{ items: StoreProductSummary[]; nextCursor: string | null }>;
}

const byRuntime = new WeakMap<Runtime, StoreCatalogCaches>();

// Product pages and listings are most of a shop's traffic and change rarely. Entries are tagged by
// product and by merchant; a product event drops that product's page and the merchant's listings in
// every process. The TTL bounds how long a brand or category rename (which raise no product event)
// shows its old name.
const TTL_MS = 30_000;

export function createStoreCatalogCaches(runtime: Runtime): StoreCatalogCaches {
  const caches: StoreCatalogCaches = {
    products: runtime.createCache('catalog.store-product', { max: 20_000, ttlMs: TTL_MS }),
    lists: runtime.createCache('catalog.store-list', { max: 5_000, ttlMs: TTL_MS }),
  };
  byRuntime.set(runtime, caches);
  for (const type of ['product.created', 'product.updated', 'product.archived', 'product.deleted'] as const) {
    runtime.events.on(type, async (event) => {
      await invalidateProduct(caches, event.merchantId, event.payload.productId);
    });
  }
  return caches;
}

export function storeCatalogCaches(runtime: Runtime): StoreCatalogCaches {
  const caches = byRuntime.get(runtime);
  if (!caches) throw new Error('catalog caches are created in catalogModule.setup');
  return caches;
}

export async function invalidateProduct(caches: StoreCatalogCaches, merchantId: string, productId: string) {
  await caches.products.invalidate([`product:${productId}`]);
  await caches.lists.invalidate([`merchant:${merchantId}`]);
}

/** After any catalog write through the admin API: the writer's next read must see it. */
export async function invalidateMerchant(caches: StoreCatalogCaches, merchantId: string) {
  await caches.products.invalidate([`merchant:${merchantId}`]);
  await caches.lists.invalidate([`merchant:${merchantId}`]);
}
