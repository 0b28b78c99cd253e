import { beforeAll, expect, it } from 'vitest';
import { createMerchant, staffToken } from '../../testing/fixtures.ts';
import { bearer, describeEachDatabase, json } from '../../testing/harness.ts';
import { systemCtx } from '../../platform/index.ts';
import { giveUpImport, IMPORT_BATCH_SIZE, runImportBatch } from './job.ts';
import { MAX_IMPORT_BYTES } from './route.ts';

interface ImportAnswer {
  id: string;
  status: string;
  total: number;
  processed: number;
  imported: number;
  rejected: number;
  errors: { line: number; handle: string | null; field: string | null; code: string }[];
}

const product = (handle: string, overrides: Record<string, unknown> = {}) =>
  JSON.stringify({
    handle,
    title: { 'zh-CN': `商品 ${handle}`, en: `Product ${handle}` },
    category: '户外|Outdoor/徒步鞋|Hiking shoes',
    brand: '山野|Pathfinder',
    skus: [{ code: `${handle.toUpperCase()}-1`, listPrice: 45900, currency: 'CNY', stock: 7 }],
    ...overrides,
  });

describeEachDatabase('admin product import', (h) => {
  let shop: { merchantId: string; handle: string; ownerToken: string };
  let analyst: string;
  const upload = (body: string, type = 'application/x-ndjson', token = shop.ownerToken) =>
    h().app.inject({
      method: 'POST',
      url: '/api/admin/imports',
      headers: { ...bearer(token), 'content-type': type },
      payload: body,
    });
  const progress = async (id: string, token = shop.ownerToken) =>
    h().app.inject({ method: 'GET', url: `/api/admin/imports/${id}`, headers: bearer(token) });
  const productCount = async () =>
    json<{ items: unknown[] }>(
      await h().app.inject({
        method: 'GET',
        url: '/api/admin/products?limit=100',
        headers: bearer(shop.ownerToken),
      }),
    ).items.length;

  beforeAll(async () => {
    shop = await createMerchant(h());
    analyst = await staffToken(h(), shop.merchantId, 'analyst');
  });

  it('imports the good rows of a JSONL file and reports each bad one with its line, field and code', async () => {
    const file = [
      product('good-a'),
      '{ not json',
      product('bad-price', { skus: [{ code: 'BP-1', listPrice: 'abc', currency: 'CNY' }] }),
      '',
      product('good-b'),
      product('above-list', { skus: [{ code: 'AL-1', listPrice: 100, price: 900, currency: 'CNY' }] }),
    ].join('\n');
    const accepted = await upload(file);
    expect(accepted.statusCode, accepted.body).toBe(202);
    const queued = json<ImportAnswer>(accepted);
    expect(queued).toMatchObject({ status: 'queued', total: 5, processed: 0 });

    await h().app.runtime.jobs.runDue();
    const done = json<ImportAnswer>(await progress(queued.id));
    expect(done).toMatchObject({ status: 'done', total: 5, processed: 5, imported: 2, rejected: 3 });
    expect(done.errors.map((e) => [e.line, e.handle, e.field, e.code])).toEqual([
      [2, null, null, 'MALFORMED_BODY'],
      [3, 'bad-price', '/skus/0/listPrice', 'VALIDATION_FAILED'],
      [6, 'above-list', '/skus/0', 'SALE_PRICE_ABOVE_LIST'],
    ]);
    expect(await productCount()).toBe(2);
    // Stock from the file was set on the imported SKUs.
    const list = json<{ items: { id: string }[] }>(
      await h().app.inject({ method: 'GET', url: '/api/admin/products', headers: bearer(shop.ownerToken) }),
    );
    const detail = json<{ skus: { id: string }[] }>(
      await h().app.inject({
        method: 'GET',
        url: `/api/admin/products/${list.items[0]!.id}`,
        headers: bearer(shop.ownerToken),
      }),
    );
    const stock = json<{ items: { onHand: number }[] }>(
      await h().app.inject({
        method: 'GET',
        url: `/api/admin/inventory?skuIds=${detail.skus[0]!.id}`,
        headers: bearer(shop.ownerToken),
      }),
    );
    expect(stock.items[0]?.onHand).toBe(7);
  });

  it('shows progress between batches and lists the import', async () => {
    const count = IMPORT_BATCH_SIZE + 3;
    const file = Array.from({ length: count }, (_, i) => product(`batch-${i}`)).join('\n');
    const queued = json<ImportAnswer>(await upload(file));
    // One batch, as the job runs it: its progress is committed and visible while the rest waits.
    await h().database.db.transaction(async (tx) => {
      const ctx = { ...systemCtx(tx, shop.merchantId, 'test', h().privacy), inTransaction: true };
      await runImportBatch(ctx, { importId: queued.id }, { error: () => undefined });
    });
    const midway = json<ImportAnswer>(await progress(queued.id));
    expect(midway).toMatchObject({
      status: 'running',
      processed: IMPORT_BATCH_SIZE,
      imported: IMPORT_BATCH_SIZE,
    });
    await h().app.runtime.jobs.runDue();
    const done = json<ImportAnswer>(await progress(queued.id));
    expect(done).toMatchObject({ status: 'done', processed: count, imported: count, rejected: 0 });
    const listed = json<{ items: { id: string }[] }>(
      await h().app.inject({ method: 'GET', url: '/api/admin/imports', headers: bearer(shop.ownerToken) }),
    );
    expect(listed.items[0]?.id).toBe(queued.id);
  });

  it('ends as failed, keeping what it did, when its job gives up after the last retry', async () => {
    const count = IMPORT_BATCH_SIZE + 2;
    const file = Array.from({ length: count }, (_, i) => product(`doomed-${i}`)).join('\n');
    const queued = json<ImportAnswer>(await upload(file));
    const asJob = (work: (ctx: ReturnType<typeof systemCtx>) => Promise<void>) =>
      h().database.db.transaction(async (tx) =>
        work({ ...systemCtx(tx, shop.merchantId, 'test', h().privacy), inTransaction: true }),
      );
    await asJob((ctx) => runImportBatch(ctx, { importId: queued.id }, { error: () => undefined }));
    const logged: unknown[] = [];
    await asJob((ctx) =>
      giveUpImport(
        ctx,
        { importId: queued.id },
        { error: (o: unknown) => logged.push(o) },
        new Error('db down'),
      ),
    );
    const failed = json<ImportAnswer & { finishedAt: string | null }>(await progress(queued.id));
    expect(failed).toMatchObject({
      status: 'failed',
      processed: IMPORT_BATCH_SIZE,
      imported: IMPORT_BATCH_SIZE,
    });
    expect(failed.finishedAt).not.toBeNull();
    expect(logged).toHaveLength(1);
    // The rows it never reached are gone: the follow-up batch already queued finds nothing to do.
    await h().app.runtime.jobs.runDue();
    expect(json<ImportAnswer>(await progress(queued.id))).toMatchObject({
      status: 'failed',
      processed: IMPORT_BATCH_SIZE,
    });
    // Giving up twice (a retried hook) changes nothing more.
    await asJob((ctx) => giveUpImport(ctx, { importId: queued.id }, { error: () => undefined }, null));
    expect(json<ImportAnswer>(await progress(queued.id)).status).toBe('failed');
  });

  it('reads CSV, one product per handle, with the line each starts on', async () => {
    const csv = [
      'handle,status,title_zh,title_en,description_zh,description_en,category,brand,tags,attributes,image,sku_code,colour,size,price,list_price,currency,weight_grams,stock',
      'csv-tee,active,T恤,Tee,,,服装|Apparel,,,,,CSV-TEE-M,白色,M,5900,7900,CNY,200,3',
      'csv-tee,active,T恤,Tee,,,服装|Apparel,,,,,CSV-TEE-L,白色,L,5900,7900,CNY,200,4',
      'csv-bad,active,坏,Bad,,,服装|Apparel,,,,,CSV-BAD,,,1,xyz,CNY,1,1',
    ].join('\n');
    const queued = json<ImportAnswer>(await upload(csv, 'text/csv; charset=utf-8'));
    expect(queued.total).toBe(2);
    await h().app.runtime.jobs.runDue();
    const done = json<ImportAnswer>(await progress(queued.id));
    expect(done).toMatchObject({ imported: 1, rejected: 1 });
    expect(done.errors[0]).toMatchObject({ line: 4, handle: 'csv-bad', code: 'VALIDATION_FAILED' });
  });

  it('refuses empty, oversized, unsupported and unauthorised uploads without storing anything', async () => {
    const before = json<{ items: unknown[] }>(
      await h().app.inject({ method: 'GET', url: '/api/admin/imports', headers: bearer(shop.ownerToken) }),
    ).items.length;
    const empty = await upload('\n\n');
    expect(empty.statusCode).toBe(400);
    expect(json(empty)).toMatchObject({ code: 'IMPORT_EMPTY' });
    const headerOnly = await upload('handle,title_zh\n', 'text/csv');
    expect(json(headerOnly)).toMatchObject({ code: 'IMPORT_EMPTY' });
    const broken = await upload('handle,title_zh\n"unclosed,x\n', 'text/csv');
    expect(broken.statusCode).toBe(400);
    expect(json(broken)).toMatchObject({ code: 'MALFORMED_BODY' });
    const huge = await upload('x'.repeat(MAX_IMPORT_BYTES + 1));
    expect(huge.statusCode).toBe(413);
    expect(json(huge)).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
    const xml = await upload('<products/>', 'application/xml');
    expect(xml.statusCode).toBe(415);
    const forbidden = await upload(product('nope'), 'application/x-ndjson', analyst);
    expect(forbidden.statusCode).toBe(403);
    expect(json(forbidden)).toMatchObject({ code: 'FORBIDDEN' });
    const after = json<{ items: unknown[] }>(
      await h().app.inject({ method: 'GET', url: '/api/admin/imports', headers: bearer(shop.ownerToken) }),
    ).items.length;
    expect(after).toBe(before);
  });

  it("answers 404 for another merchant's import", async () => {
    const other = await createMerchant(h());
    const queued = json<ImportAnswer>(await upload(product('mine')));
    const peek = await progress(queued.id, other.ownerToken);
    expect(peek.statusCode).toBe(404);
    expect(json(peek)).toMatchObject({ code: 'IMPORT_NOT_FOUND' });
    expect((await progress(queued.id, analyst)).statusCode).toBe(200);
    await h().app.runtime.jobs.runDue();
  });
});
