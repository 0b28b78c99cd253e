import { LRUCache } from 'lru-cache';
import type { Authenticators } from './auth.ts';

/**
 * Every store request names its merchant; the handle-to-id mapping never changes once a merchant exists
 * (handles cannot be renamed), so it is cached per process. Misses are not cached: a shop created by
 * another process is found on its first request.
 */
export function cachedMerchantResolver(
  resolve: Authenticators['resolveMerchant'],
): Authenticators['resolveMerchant'] {
  const cache = new LRUCache<string, string>({ max: 10_000, ttl: 5 * 60_000 });
  return async (db, handle) => {
    const key = handle ?? '\u0000default';
    const hit = cache.get(key);
    if (hit) return hit;
    const id = await resolve(db, handle);
    if (id) cache.set(key, id);
    return id;
  };
}
