import { and, eq, inArray, min, ne, sql } from 'drizzle-orm';
import { fail, ok, type Ctx, type Result } from '../../../platform/index.ts';
import { products, skus } from '../schema.ts';

interface PricedSkuInput {
  code: string;
  listPrice: number;
  salePrice: number;
  currency: string;
}

/** Price and currency rules every SKU write must satisfy; pure, so they run before anything is written. */
export function checkSkuPricing(productCurrency: string, list: readonly PricedSkuInput[]): Result<void> {
  for (const sku of list) {
    if (sku.salePrice > sku.listPrice) {
      return fail(
        'SALE_PRICE_ABOVE_LIST',
        `SKU ${sku.code}: sale price ${sku.salePrice} > list price ${sku.listPrice}`,
        {
          skuCode: sku.code,
        },
      );
    }
    if (sku.currency !== productCurrency) {
      return fail('SKU_CURRENCY_MISMATCH', `SKU ${sku.code} is priced in ${sku.currency}`, {
        skuCode: sku.code,
        currency: productCurrency,
      });
    }
  }
  return ok(undefined);
}

/** SKU codes are unique per merchant: across the input and against stored SKUs (other than `exceptSkuId`). */
export async function checkCodesFree(
  ctx: Ctx,
  codes: readonly string[],
  exceptSkuId?: string,
): Promise<Result<void>> {
  const seen = new Set<string>();
  for (const code of codes) {
    if (seen.has(code)) return fail('SKU_CODE_TAKEN', `SKU code ${code} appears twice`, { skuCode: code });
    seen.add(code);
  }
  const taken = await ctx.db
    .select({ code: skus.code })
    .from(skus)
    .where(
      and(
        eq(skus.merchantId, ctx.merchantId),
        inArray(skus.code, [...codes]),
        exceptSkuId ? ne(skus.id, exceptSkuId) : undefined,
      ),
    )
    .limit(1);
  const first = taken[0];
  return first
    ? fail('SKU_CODE_TAKEN', `SKU code ${first.code} is taken`, { skuCode: first.code })
    : ok(undefined);
}

/** Recomputes the product's denormalised lowest active sale price after its SKUs changed. */
export async function refreshPriceFrom(ctx: Ctx, productId: string): Promise<void> {
  const lowest = ctx.db
    .select({ value: min(skus.salePrice) })
    .from(skus)
    .where(
      and(eq(skus.merchantId, ctx.merchantId), eq(skus.productId, productId), eq(skus.status, 'active')),
    );
  await ctx.db
    .update(products)
    .set({ priceFrom: sql`(${lowest})` })
    .where(and(eq(products.merchantId, ctx.merchantId), eq(products.id, productId)));
}

/**
 * A concurrent writer may take a code between our check and our insert; the unique index is the last word.
 * Only a transaction of our own is turned into a value: a caller's transaction is aborted and must see the error.
 */
export async function refusingCodeRace<T>(ctx: Ctx, write: () => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await write();
  } catch (err) {
    if (!ctx.inTransaction && isUniqueViolation(err)) return fail('SKU_CODE_TAKEN');
    throw err;
  }
}

function isUniqueViolation(err: unknown): boolean {
  for (let e: unknown = err; e; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: unknown }).code === '23505') return true;
  }
  return false;
}
