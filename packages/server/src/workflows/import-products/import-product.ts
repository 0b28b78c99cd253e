import { Compile } from 'typebox/compile';
import { createProduct } from '../../modules/catalog/index.ts';
import { setStock } from '../../modules/inventory/index.ts';
import { fail, inTransaction, ok, type Ctx, type ErrorCode, type Result } from '../../platform/index.ts';
import { ImportProductRow } from './row-schema.ts';
import type { TaxonomyCache } from './taxonomy-cache.ts';

const checkRow = Compile(ImportProductRow);

export interface ImportOutcome {
  productId: string;
  skuCount: number;
}

/**
 * Imports one product: resolves its category, brand and attributes, creates it with its SKUs and sets
 * their stock, all in one transaction, so a refused row leaves nothing behind.
 */
export async function importProduct(
  ctx: Ctx,
  value: unknown,
  taxonomy: TaxonomyCache,
): Promise<Result<ImportOutcome>> {
  if (!checkRow.Check(value)) {
    const first = checkRow.Errors(value)[0];
    const field = first?.instancePath || '/';
    return fail('VALIDATION_FAILED', `${field}: ${first?.message ?? 'invalid row'}`, { field });
  }
  const row = value;
  try {
    return await inTransaction(ctx, async (tx) => {
      const outcome = await createInside(tx, row, taxonomy);
      // Throwing rolls back categories, brands or attributes created for a row that failed later.
      if (!outcome.ok) throw new RowRefused(outcome.code, outcome.detail, outcome.data);
      return outcome;
    });
  } catch (err) {
    if (!(err instanceof RowRefused)) throw err;
    await taxonomy.reload(ctx);
    return fail(err.code, err.detail, err.data);
  }
}

class RowRefused extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly detail: string | undefined,
    readonly data: Record<string, unknown> | undefined,
  ) {
    super(detail ?? code);
  }
}

async function createInside(
  tx: Ctx,
  row: ImportProductRow,
  taxonomy: TaxonomyCache,
): Promise<Result<ImportOutcome>> {
  const categoryId = row.category ? await taxonomy.categoryId(tx, row.category) : ok(null);
  if (!categoryId.ok) return categoryId;
  const brandId = row.brand ? await taxonomy.brandId(tx, row.brand) : ok(null);
  if (!brandId.ok) return brandId;
  if (row.attributes) {
    const defined = await taxonomy.ensureAttributes(tx, row.attributes);
    if (!defined.ok) return defined;
  }
  const texts = Object.fromEntries(
    (['zh-CN', 'en'] as const)
      .filter((locale) => row.title[locale])
      .map((locale) => [
        locale,
        {
          title: row.title[locale] as string,
          ...(row.description?.[locale] ? { description: row.description[locale] } : {}),
        },
      ]),
  );
  const created = await createProduct(tx, {
    status: row.status ?? 'active',
    texts,
    categoryId: categoryId.value,
    brandId: brandId.value,
    tags: row.tags ?? [],
    images: (row.images ?? []).map((i) => ({ url: i.url, alt: i.alt ?? null })),
    attributes: (row.attributes ?? {}) as never,
    skus: row.skus.map((s) => ({
      code: s.code,
      ...(s.specs ? { specs: s.specs } : {}),
      listPrice: s.listPrice,
      salePrice: s.price ?? s.listPrice,
      currency: s.currency,
      ...(s.weightGrams !== undefined ? { weightGrams: s.weightGrams } : {}),
    })),
  });
  if (!created.ok) return created;
  const skuIdByCode = new Map(created.value.skus.map((s) => [s.code, s.id]));
  for (const sku of row.skus) {
    const skuId = skuIdByCode.get(sku.code);
    if (skuId === undefined || sku.stock === undefined) continue;
    const stocked = await setStock(tx, skuId, sku.stock);
    if (!stocked.ok) return stocked;
  }
  return ok({ productId: created.value.id, skuCount: row.skus.length });
}
