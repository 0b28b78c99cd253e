import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { expect, it } from 'vitest';
import { getStockLevels } from '../modules/inventory/index.ts';
import { createMerchant, resolveMerchant } from '../modules/staff/index.ts';
import { systemCtx, unwrap } from '../platform/index.ts';
import { describeEachDatabase, json } from '../testing/harness.ts';
import { importProducts } from '../workflows/import-products/index.ts';
import { exportProducts } from './export.ts';
import { readImportFile } from './import/read-rows.ts';
import { DEMO_OWNER_EMAIL, seedDemoShop } from './seed.ts';

const CSV = `handle,status,title_zh,title_en,description_zh,description_en,category,brand,tags,attributes,image,sku_code,colour,size,price,list_price,currency,weight_grams,stock
tee,active,纯棉T恤,Cotton tee,,,服装|Apparel/T恤|Tees,棉田|CottonField,夏季|基础款,organic=true;fill_power=0,/img/tee.svg,TEE-W-M,白色,M,5900,7900,CNY,200,10
tee,active,纯棉T恤,Cotton tee,,,服装|Apparel/T恤|Tees,棉田|CottonField,夏季|基础款,organic=true;fill_power=0,/img/tee.svg,TEE-W-L,白色,L,5900,7900,CNY,210,12
bad-price,active,坏价格,Bad price,,,服装|Apparel,,,,,BAD-1,,,abc,100,CNY,100,1
sale-above-list,active,贵,Pricey,,,服装|Apparel,,,,,PR-1,,,9000,100,CNY,100,1
`;

describeEachDatabase('CLI: seed, import, export', (h) => {
  it('seeds the demo shop once, with products on sale and stock', async () => {
    const seeded = await seedDemoShop(h().app);
    expect(seeded?.ownerEmail).toBe(DEMO_OWNER_EMAIL);
    expect(seeded?.products).toBeGreaterThanOrEqual(30);
    expect(await seedDemoShop(h().app)).toBeUndefined();
    const list = await h().app.inject({ method: 'GET', url: '/api/store/products?limit=100' });
    expect(list.statusCode).toBe(200);
    expect(json<{ items: unknown[] }>(list).items).toHaveLength(seeded!.products);
    const signIn = await h().app.inject({
      method: 'POST',
      url: '/api/admin/auth/sign-in',
      payload: { email: seeded!.ownerEmail, password: seeded!.ownerPassword },
    });
    expect(signIn.statusCode).toBe(200);
    // Both coupon paths are there to try: a code to type at checkout and a coupon to claim.
    const claimable = await h().app.inject({ method: 'GET', url: '/api/store/coupons/claimable' });
    expect(claimable.statusCode, claimable.body).toBe(200);
    expect(json<{ items: { name: string }[] }>(claimable).items.map((c) => c.name)).toEqual([
      expect.stringContaining('¥5 off'),
    ]);
    const coupons = await h().app.inject({
      method: 'GET',
      url: '/api/admin/coupons',
      headers: { authorization: `Bearer ${json<{ token: string }>(signIn).token}` },
    });
    expect(json<{ items: { code: string | null }[] }>(coupons).items.map((c) => c.code)).toContain(
      'WELCOME10',
    );
  });

  it('imports CSV rows grouped by handle and reports each rejected row with its line and reason', async () => {
    const db = h().database.db;
    const merchant = unwrap(
      await createMerchant(systemCtx(db, '', 'test', h().privacy), {
        handle: 'csv-shop',
        name: 'CSV',
        currency: 'CNY',
      }),
    );
    const file = join(mkdtempSync(join(tmpdir(), 'hexamall-import-')), 'products.csv');
    writeFileSync(file, CSV);
    const ctx = systemCtx(db, merchant.id, 'test', h().privacy);
    const report = await importProducts(ctx, readImportFile(file));
    expect(report.imported).toBe(1);
    expect(report.rejected.map((r) => [r.line, r.handle, r.code])).toEqual([
      [4, 'bad-price', 'VALIDATION_FAILED'],
      [5, 'sale-above-list', expect.stringMatching(/^[A-Z_]+$/)],
    ]);
    const products = await h().app.inject({
      method: 'GET',
      url: '/api/store/products',
      headers: { 'x-hexamall-merchant': 'csv-shop' },
    });
    const items = json<{ items: { id: string; title: string }[] }>(products).items;
    expect(items.map((p) => p.title)).toEqual(['纯棉T恤']);
    // The rejected rows left no categories behind beyond the imported product's.
    const categories = await h().app.inject({
      method: 'GET',
      url: '/api/store/categories',
      headers: { 'x-hexamall-merchant': 'csv-shop' },
    });
    expect(JSON.stringify(json(categories))).not.toContain('Pricey');
  });

  it('exports every product in the import format, which imports again into another shop', async () => {
    const db = h().database.db;
    const demoId = (await resolveMerchant(db, 'demo'))!;
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    const count = await exportProducts(systemCtx(db, demoId, 'test', h().privacy), out);
    const lines = Buffer.concat(chunks).toString('utf8').trim().split('\n');
    expect(lines).toHaveLength(count);
    expect(count).toBeGreaterThanOrEqual(30);

    const copy = unwrap(
      await createMerchant(systemCtx(db, '', 'test', h().privacy), {
        handle: 'copy-shop',
        name: 'Copy',
        currency: 'CNY',
      }),
    );
    const copyCtx = systemCtx(db, copy.id, 'test', h().privacy);
    const report = await importProducts(
      copyCtx,
      lines.map((text, i) => ({ line: i + 1, value: JSON.parse(text) as unknown })),
    );
    expect(report.rejected).toEqual([]);
    expect(report.imported).toBe(count);
    const exported = lines.map((l) => JSON.parse(l) as { skus: { code: string; stock: number }[] });
    const exportedStock = exported.flatMap((p) => p.skus).reduce((sum, s) => sum + s.stock, 0);
    expect(exportedStock).toBeGreaterThan(0);
    const copied = await h().app.inject({
      method: 'GET',
      url: '/api/store/products?limit=100',
      headers: { 'x-hexamall-merchant': 'copy-shop' },
    });
    const copiedIds = json<{ items: { id: string }[] }>(copied).items.map((p) => p.id);
    expect(copiedIds).toHaveLength(count);
    const skuIds: string[] = [];
    for (const id of copiedIds) {
      const detail = await h().app.inject({
        method: 'GET',
        url: `/api/store/products/${id}`,
        headers: { 'x-hexamall-merchant': 'copy-shop' },
      });
      skuIds.push(...json<{ skus: { id: string }[] }>(detail).skus.map((s) => s.id));
    }
    const copiedStock = (await getStockLevels(copyCtx, skuIds)).reduce((sum, l) => sum + l.onHand, 0);
    expect(copiedStock).toBe(exportedStock);
  });
});
