import type { Ctx } from '../../platform/index.ts';
import { importProduct } from './import-product.ts';
import { TaxonomyCache } from './taxonomy-cache.ts';

export { ImportProductRow } from './row-schema.ts';
export { readImportRows, type ImportFileFormat } from './read-rows.ts';
export { giveUpImport, runImportBatch } from './job.ts';

export interface ImportReport {
  imported: number;
  rejected: { line: number; handle: string | undefined; code: string; detail: string | undefined }[];
}

export interface ImportSource {
  line: number;
  value: unknown;
  /** The text could not even be parsed (bad JSON, bad CSV). */
  error?: string;
}

/**
 * Imports products one transaction each, so one bad row is reported and skipped while the rest go in.
 * Used by `hexamall import products` and by the demo-shop seed.
 */
export async function importProducts(
  ctx: Ctx,
  rows: AsyncIterable<ImportSource> | Iterable<ImportSource>,
  onProgress: (done: number) => void = () => undefined,
): Promise<ImportReport> {
  const taxonomy = await TaxonomyCache.load(ctx);
  const report: ImportReport = { imported: 0, rejected: [] };
  let done = 0;
  for await (const source of rows) {
    const handle = handleOf(source.value);
    if (source.error) {
      report.rejected.push({ line: source.line, handle, code: 'MALFORMED_BODY', detail: source.error });
    } else {
      const outcome = await importProduct(ctx, source.value, taxonomy);
      if (outcome.ok) report.imported += 1;
      else report.rejected.push({ line: source.line, handle, code: outcome.code, detail: outcome.detail });
    }
    done += 1;
    onProgress(done);
  }
  return report;
}

function handleOf(value: unknown): string | undefined {
  if (value && typeof value === 'object' && 'handle' in value && typeof value.handle === 'string')
    return value.handle;
  return undefined;
}
