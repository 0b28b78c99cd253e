import { SingleBar, Presets } from 'cli-progress';
import { stat } from 'node:fs/promises';
import type { AppConfig } from '../config.ts';
import { buildApp } from '../app.ts';
import { resolveMerchant } from '../modules/staff/index.ts';
import { systemCtx } from '../platform/index.ts';
import { importProducts } from '../workflows/import-products/index.ts';
import { readImportFile } from './import/read-rows.ts';

/** `hexamall import products FILE [--merchant HANDLE]`: JSONL or CSV, with a progress bar and a report. */
export async function runImport(config: AppConfig, args: string[], merchantHandle?: string): Promise<number> {
  const [what, file] = args;
  if (what !== 'products' || !file) {
    console.error('usage: hexamall import products FILE [--merchant HANDLE]');
    return 1;
  }
  await stat(file);
  const total = await countRecords(file);
  const app = await buildApp({ config: { ...config, logLevel: 'warn' } });
  try {
    const { db } = app.runtime.database;
    const merchantId = await resolveMerchant(db, merchantHandle);
    if (!merchantId) {
      console.error(
        merchantHandle ? `no merchant "${merchantHandle}"` : 'no merchant yet: run "hexamall seed" first',
      );
      return 1;
    }
    const bar = new SingleBar(
      { format: 'importing [{bar}] {value}/{total} products', stream: process.stderr },
      Presets.shades_classic,
    );
    bar.start(total, 0);
    const report = await importProducts(
      systemCtx(db, merchantId, 'import', app.runtime.privacy),
      readImportFile(file),
      (done) => bar.update(done),
    );
    bar.stop();
    console.log(`imported ${report.imported} products, rejected ${report.rejected.length}`);
    for (const r of report.rejected) {
      console.log(
        `  line ${r.line}${r.handle ? ` (${r.handle})` : ''}: ${r.code}${r.detail ? ` - ${r.detail}` : ''}`,
      );
    }
    return report.rejected.length > 0 ? 2 : 0;
  } finally {
    await app.close();
  }
}

/** Products in the file, for the progress bar's total (a first, parse-only pass). */
async function countRecords(file: string): Promise<number> {
  let count = 0;
  for await (const _ of readImportFile(file)) count += 1;
  return count;
}
