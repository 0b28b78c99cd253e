import { and, eq } from 'drizzle-orm';
import { NO_PRIVACY, systemCtx, type Ctx, type Db } from '../../platform/index.ts';
import { outboxEvents } from '../../platform/schema.ts';
import type { ProductInput, SkuInput } from './contracts/product.ts';

let sequence = 0;

/** A unique SKU code per call, so suites sharing a database never collide. */
export function skuCode(prefix = 'T'): string {
  sequence += 1;
  return `${prefix}-${Date.now().toString(36)}-${sequence}`;
}

/** 100.00 on sale at 80.00 unless told; a list price given alone is also the sale price. */
export function skuInput(overrides: Partial<SkuInput> = {}): SkuInput {
  const prices = overrides.listPrice === undefined ? { listPrice: 10_000, salePrice: 8_000 } : {};
  return { code: skuCode(), currency: 'CNY', weightGrams: 500, ...prices, ...overrides } as SkuInput;
}

export function productInput(overrides: Partial<ProductInput> = {}): ProductInput {
  return {
    status: 'active',
    texts: {
      'zh-CN': { title: '羽绒服', subtitle: '轻薄保暖' },
      en: { title: 'Down jacket', subtitle: 'Light and warm' },
    },
    skus: [skuInput()],
    ...overrides,
  };
}

let merchants = 0;

/** A fresh merchant id per test, so counts and listings are not disturbed by other tests' rows. */
export function merchantCtx(db: Db, locale: Ctx['locale'] = 'zh-CN'): Ctx {
  merchants += 1;
  return { ...systemCtx(db, `mer_test${Date.now().toString(36)}${merchants}`, 'test', NO_PRIVACY), locale };
}

export async function eventsOf(ctx: Ctx, type: string) {
  return ctx.db
    .select()
    .from(outboxEvents)
    .where(and(eq(outboxEvents.merchantId, ctx.merchantId), eq(outboxEvents.type, type)));
}
