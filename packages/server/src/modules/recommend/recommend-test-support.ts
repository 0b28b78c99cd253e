import { systemCtx, unwrap, type Ctx } from '../../platform/index.ts';
import { bearer, json, type Harness } from '../../testing/harness.ts';
import { createProduct, upsertBrand, upsertCategory } from '../catalog/index.ts';

let sequence = 0;

export const systemOf = (h: Harness, merchantId: string): Ctx =>
  systemCtx(h.database.db, merchantId, 'test', h.privacy);

export async function categoryOf(h: Harness, merchantId: string, zh: string, en: string): Promise<string> {
  return unwrap(await upsertCategory(systemOf(h, merchantId), { name: { 'zh-CN': zh, en } })).id;
}

export async function brandOf(h: Harness, merchantId: string, name: string): Promise<string> {
  return unwrap(await upsertBrand(systemOf(h, merchantId), { name: { 'zh-CN': name, en: name } })).id;
}

/** An active product with one SKU on sale, created as the shop's system. */
export async function productOf(
  h: Harness,
  merchantId: string,
  input: {
    title: string;
    categoryId?: string;
    brandId?: string;
    tags?: string[];
    price?: number;
    attributes?: Record<string, string | number | boolean>;
  },
): Promise<string> {
  sequence += 1;
  const product = unwrap(
    await createProduct(systemOf(h, merchantId), {
      status: 'active',
      texts: { 'zh-CN': { title: input.title }, en: { title: input.title } },
      ...(input.categoryId ? { categoryId: input.categoryId } : {}),
      ...(input.brandId ? { brandId: input.brandId } : {}),
      ...(input.tags ? { tags: input.tags } : {}),
      ...(input.attributes ? { attributes: input.attributes } : {}),
      skus: [
        {
          code: `REC-${Date.now().toString(36)}-${sequence}`,
          currency: 'CNY',
          weightGrams: 400,
          listPrice: input.price ?? 10_000,
          salePrice: input.price ?? 10_000,
        },
      ],
    }),
  );
  return product.id;
}

/** The store API of one shop (the harness serves its first shop when no header names one). */
export function storeApi(h: () => Harness) {
  let shop = '';
  const call = (method: 'GET' | 'PUT' | 'POST' | 'DELETE', url: string, token?: string, payload?: object) =>
    h().app.inject({
      method,
      url: `/api/store${url}`,
      headers: { 'x-hexamall-merchant': shop, ...(token ? bearer(token) : {}) },
      ...(payload ? { payload } : {}),
    });
  return Object.assign(call, {
    useShop(handle: string) {
      shop = handle;
    },
  });
}

let sessions = 0;
export const newSessionId = () => `sess_${Date.now().toString(36)}_${(sessions += 1)}`;

export const event = (type: string, productId?: string, at = new Date()) => ({
  type,
  ...(productId ? { productId } : {}),
  at: at.toISOString(),
});

export { json };
