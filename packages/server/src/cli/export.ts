import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { AppConfig } from '../config.ts';
import { buildApp } from '../app.ts';
import { getProduct, listBrands, listCategories, listProducts } from '../modules/catalog/index.ts';
import { getStockLevels } from '../modules/inventory/index.ts';
import { resolveMerchant } from '../modules/staff/index.ts';
import { systemCtx, type Ctx } from '../platform/index.ts';
import type { ImportProductRow } from '../workflows/import-products/index.ts';

/**
 * `hexamall export products [FILE]`: every product in every status as JSONL in the import format, so an
 * export imports again into another shop (prices, stock, categories and brands by name).
 */
export async function runExport(config: AppConfig, args: string[], merchantHandle?: string): Promise<number> {
  const [what, file] = args;
  if (what !== 'products') {
    console.error('usage: hexamall export products [FILE] [--merchant HANDLE]');
    return 1;
  }
  const app = await buildApp({ config: { ...config, logLevel: 'warn' } });
  const out: Writable = file ? createWriteStream(file) : process.stdout;
  try {
    const { db } = app.runtime.database;
    const merchantId = await resolveMerchant(db, merchantHandle);
    if (!merchantId) {
      console.error('no such merchant');
      return 1;
    }
    const count = await exportProducts(systemCtx(db, merchantId, 'export', app.runtime.privacy), out);
    if (file) console.error(`exported ${count} products to ${file}`);
    return 0;
  } finally {
    if (file) {
      out.end();
      await once(out, 'finish');
    }
    await app.close();
  }
}

export async function exportProducts(ctx: Ctx, out: Writable): Promise<number> {
  const categories = await listCategories(ctx);
  const categoryById = new Map(categories.map((c) => [c.id, c]));
  const pathOf = (id: string | null): string | undefined => {
    const c = id ? categoryById.get(id) : undefined;
    if (!c) return undefined;
    const parent = pathOf(c.parentId);
    return (parent ? parent + '/' : '') + labelOf(c.name);
  };
  const brandById = new Map((await listBrands(ctx)).map((b) => [b.id, labelOf(b.name)]));
  let cursor: string | undefined;
  let count = 0;
  do {
    const page = await listProducts(ctx, { limit: 100, ...(cursor ? { cursor } : {}) });
    for (const summary of page.items) {
      const product = await getProduct(ctx, summary.id);
      if (!product.ok) continue; // deleted since the page was read
      const p = product.value;
      const stock = new Map(
        (
          await getStockLevels(
            ctx,
            p.skus.map((s) => s.id),
          )
        ).map((l) => [l.skuId, l.onHand]),
      );
      const row: ImportProductRow = {
        handle: p.id,
        status: p.status,
        title: Object.fromEntries(Object.entries(p.texts).map(([l, t]) => [l, t.title])),
        description: Object.fromEntries(
          Object.entries(p.texts).flatMap(([l, t]) => (t.description ? [[l, t.description]] : [])),
        ),
        ...(pathOf(p.categoryId) ? { category: pathOf(p.categoryId) } : {}),
        ...(p.brandId && brandById.get(p.brandId) ? { brand: brandById.get(p.brandId) } : {}),
        tags: p.tags,
        attributes: p.attributes,
        images: p.images.map((i) => ({ url: i.url, ...(i.alt ? { alt: i.alt } : {}) })),
        skus: p.skus.map((s) => ({
          code: s.code,
          specs: s.specs,
          price: s.salePrice,
          listPrice: s.listPrice,
          currency: s.currency as 'CNY',
          weightGrams: s.weightGrams,
          stock: stock.get(s.id) ?? 0,
        })),
      };
      if (!out.write(JSON.stringify(row) + '\n')) await once(out, 'drain');
      count += 1;
    }
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return count;
}

function labelOf(name: { 'zh-CN'?: string; en?: string }): string {
  return name['zh-CN'] && name.en ? `${name['zh-CN']}|${name.en}` : (name['zh-CN'] ?? name.en ?? '');
}
