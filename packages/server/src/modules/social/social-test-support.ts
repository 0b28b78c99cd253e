import { and, eq } from 'drizzle-orm';
import { systemCtx, unwrap, type Ctx } from '../../platform/index.ts';
import { outboxEvents } from '../../platform/schema.ts';
import { bearer, json, type Harness } from '../../testing/harness.ts';
import { createProduct } from '../catalog/index.ts';

let sequence = 0;

/** An active product with one SKU on sale, created as the shop's system. */
export async function productOf(h: Harness, merchantId: string, title = 'Trail shoe'): Promise<string> {
  sequence += 1;
  const ctx = systemCtx(h.database.db, merchantId, 'test', h.privacy);
  const product = unwrap(
    await createProduct(ctx, {
      status: 'active',
      texts: { 'zh-CN': { title }, en: { title } },
      skus: [
        {
          code: `SOC-${Date.now().toString(36)}-${sequence}`,
          currency: 'CNY',
          weightGrams: 400,
          listPrice: 10_000,
          salePrice: 9_000,
        },
      ],
    }),
  );
  return product.id;
}

export function storeApi(h: () => Harness) {
  return (method: 'GET' | 'PUT' | 'POST' | 'DELETE', url: string, token?: string, payload?: object) =>
    h().app.inject({
      method,
      url: `/api/store${url}`,
      headers: token ? bearer(token) : {},
      ...(payload ? { payload } : {}),
    });
}

export function adminApi(h: () => Harness) {
  return (method: 'GET' | 'PUT' | 'POST' | 'DELETE', url: string, token: string, payload?: object) =>
    h().app.inject({
      method,
      url: `/api/admin${url}`,
      headers: bearer(token),
      ...(payload ? { payload } : {}),
    });
}

export async function outboxOf(ctx: Ctx, type: string) {
  return ctx.db
    .select()
    .from(outboxEvents)
    .where(and(eq(outboxEvents.merchantId, ctx.merchantId), eq(outboxEvents.type, type)));
}

export { json };
