import type { FastifyBaseLogger } from 'fastify';
import {
  failImport,
  nextImportRows,
  recordImportBatch,
  type ImportRowError,
} from '../../modules/catalog/index.ts';
import { enqueueJob, type Ctx, type Result } from '../../platform/index.ts';
import { importProduct } from './import-product.ts';
import { TaxonomyCache } from './taxonomy-cache.ts';

declare module '../../platform/jobs/index.ts' {
  interface JobMap {
    /** Imports the next batch of an uploaded product file, then schedules the batch after it. */
    'catalog.import_products': { importId: string };
  }
}

/**
 * Products per job run. A job commits once, when it ends: small batches let the console see progress
 * move, and let other jobs run between the batches of a large file.
 */
export const IMPORT_BATCH_SIZE = 25;

export async function runImportBatch(
  ctx: Ctx,
  payload: { importId: string },
  log: Pick<FastifyBaseLogger, 'error'>,
): Promise<void> {
  const rows = await nextImportRows(ctx, payload.importId, IMPORT_BATCH_SIZE);
  if (rows.length === 0) return;
  const taxonomy = await TaxonomyCache.load(ctx);
  // Each product in its own savepoint (importProduct opens one when not told it is in a transaction),
  // so a refused row rolls back alone and the batch goes on.
  const perRow: Ctx = { ...ctx, inTransaction: false };
  const errors: ImportRowError[] = [];
  let imported = 0;
  for (const row of rows) {
    const handle = handleOf(row.value);
    if (row.parseError !== null) {
      errors.push({ line: row.line, handle, field: null, code: 'MALFORMED_BODY', detail: row.parseError });
      continue;
    }
    try {
      const outcome = await importProduct(perRow, row.value, taxonomy);
      if (outcome.ok) imported += 1;
      else errors.push({ line: row.line, handle, ...describeFailure(outcome, row.value) });
    } catch (err) {
      // Its savepoint rolled back; one row the services did not foresee must not stall the whole file.
      errors.push({ line: row.line, handle, field: null, code: 'INTERNAL', detail: null });
      log.error({ err, importId: payload.importId, line: row.line }, 'import row failed unexpectedly');
      // The rollback may have taken categories or brands the cache now names: forget them.
      await taxonomy.reload(perRow);
    }
  }
  const { remaining } = await recordImportBatch(ctx, payload.importId, {
    lines: rows.map((r) => r.line),
    imported,
    errors,
  });
  if (remaining) await enqueueJob(ctx, 'catalog.import_products', payload);
}

/** The batch job's last retry failed: the import is marked failed instead of showing "importing" for ever. */
export async function giveUpImport(
  ctx: Ctx,
  payload: { importId: string },
  log: Pick<FastifyBaseLogger, 'error'>,
  error: unknown,
): Promise<void> {
  log.error({ err: error, importId: payload.importId }, 'product import gave up');
  await failImport(ctx, payload.importId);
}

type Failure = Extract<Result<unknown>, { ok: false }>;

/** The code, and the field it concerns where the failure names one (a schema path, a SKU, an attribute). */
export function describeFailure(failure: Failure, row: unknown): Omit<ImportRowError, 'line' | 'handle'> {
  const data = failure.data ?? {};
  const detail = failure.detail ?? null;
  const listed = Array.isArray(data.errors) ? (data.errors[0] as { path?: unknown } | undefined) : undefined;
  const field =
    typeof data.field === 'string'
      ? data.field
      : typeof listed?.path === 'string'
        ? listed.path
        : typeof data.attribute === 'string'
          ? `/attributes/${data.attribute}`
          : typeof data.skuCode === 'string'
            ? skuPath(row, data.skuCode)
            : (/^(\/\S*): /.exec(detail ?? '')?.[1] ?? null);
  return { field, code: failure.code, detail };
}

function skuPath(row: unknown, code: string): string {
  const list = (row as { skus?: { code?: unknown }[] } | null)?.skus;
  const at = Array.isArray(list) ? list.findIndex((s) => s?.code === code) : -1;
  return at >= 0 ? `/skus/${at}` : '/skus';
}

function handleOf(value: unknown): string | null {
  if (value && typeof value === 'object' && 'handle' in value && typeof value.handle === 'string')
    return value.handle.slice(0, 120);
  return null;
}
