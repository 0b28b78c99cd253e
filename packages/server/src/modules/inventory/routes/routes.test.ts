import { expect, it } from 'vitest';
import { bearer, describeEachDatabase, json } from '../../../testing/harness.ts';
import { createMerchant, staffToken } from '../../../testing/fixtures.ts';
import { newId, systemCtx, unwrap } from '../../../platform/index.ts';
import { createProduct } from '../../catalog/index.ts';
import { reserveStock } from '../services/reserve-stock.ts';

describeEachDatabase('inventory routes', (h) => {
  /** A SKU in this merchant's catalog: stock is kept for those only. */
  async function catalogSku(merchantId: string): Promise<string> {
    const ctx = systemCtx(h().database.db, merchantId, 'test', h().privacy);
    const product = unwrap(
      await createProduct(ctx, {
        texts: { en: { title: 'Stocked item' } },
        skus: [{ code: newId('sku').slice(-12), listPrice: 100, currency: 'CNY' }],
      }),
    );
    return product.skus[0]!.id;
  }

  it('lets operators set and adjust stock, and analysts only read it', async () => {
    const shop = await createMerchant(h());
    const operator = await staffToken(h(), shop.merchantId, 'operator');
    const analyst = await staffToken(h(), shop.merchantId, 'analyst');
    const skuId = await catalogSku(shop.merchantId);

    const set = await h().app.inject({
      method: 'PUT',
      url: `/api/admin/inventory/${skuId}`,
      headers: bearer(operator),
      payload: { onHand: 20 },
    });
    expect(set.statusCode, set.body).toBe(200);
    expect(json(set)).toEqual({ skuId, onHand: 20, reserved: 0, available: 20 });

    const adjusted = await h().app.inject({
      method: 'POST',
      url: `/api/admin/inventory/${skuId}/adjust`,
      headers: bearer(operator),
      payload: { delta: -3, reason: 'damaged in transit' },
    });
    expect(adjusted.statusCode, adjusted.body).toBe(200);
    expect(json(adjusted)).toMatchObject({ onHand: 17 });

    const forbidden = await h().app.inject({
      method: 'PUT',
      url: `/api/admin/inventory/${skuId}`,
      headers: bearer(analyst),
      payload: { onHand: 0 },
    });
    expect(forbidden.statusCode).toBe(403);

    const other = newId('sku');
    const read = await h().app.inject({
      method: 'GET',
      url: `/api/admin/inventory?skuIds=${skuId},${other}`,
      headers: bearer(analyst),
    });
    expect(read.statusCode, read.body).toBe(200);
    expect(json(read)).toEqual({
      items: [
        { skuId, onHand: 17, reserved: 0, available: 17 },
        { skuId: other, onHand: 0, reserved: 0, available: 0 },
      ],
    });

    const ledger = await h().app.inject({
      method: 'GET',
      url: `/api/admin/inventory/${skuId}/movements`,
      headers: bearer(analyst),
    });
    expect(ledger.statusCode, ledger.body).toBe(200);
    const reasons = json<{ items: { reason: string; onHandDelta: number }[] }>(ledger).items.map((m) => [
      m.reason,
      m.onHandDelta,
    ]);
    expect(reasons.sort()).toEqual([
      ['damaged in transit', -3],
      ['stocktake', 20],
    ]);
  });

  it('answers a stock change below the reserved units with STOCK_BELOW_RESERVED', async () => {
    const shop = await createMerchant(h());
    const skuId = await catalogSku(shop.merchantId);
    const put = (onHand: number) =>
      h().app.inject({
        method: 'PUT',
        url: `/api/admin/inventory/${skuId}`,
        headers: bearer(shop.ownerToken),
        payload: { onHand },
      });
    expect((await put(5)).statusCode).toBe(200);
    const ctx = systemCtx(h().database.db, shop.merchantId, 'test', h().privacy);
    expect((await reserveStock(ctx, { orderId: newId('ord'), lines: [{ skuId, quantity: 4 }] })).ok).toBe(
      true,
    );
    const refused = await put(2);
    expect(refused.statusCode).toBe(409);
    expect(json(refused)).toMatchObject({ code: 'STOCK_BELOW_RESERVED', skuId, reserved: 4 });
  });

  it('refuses malformed bodies and ids before touching stock', async () => {
    const shop = await createMerchant(h());
    const skuId = await catalogSku(shop.merchantId);
    const cases = [
      { method: 'PUT' as const, url: `/api/admin/inventory/${skuId}`, payload: { onHand: -1 } },
      { method: 'PUT' as const, url: `/api/admin/inventory/${skuId}`, payload: { onHand: 2 ** 40 } },
      { method: 'PUT' as const, url: `/api/admin/inventory/${skuId}`, payload: { onHand: '5' } },
      { method: 'PUT' as const, url: `/api/admin/inventory/${skuId}`, payload: { onHand: 5, extra: 1 } },
      { method: 'PUT' as const, url: '/api/admin/inventory/not-a-sku', payload: { onHand: 5 } },
      {
        method: 'POST' as const,
        url: `/api/admin/inventory/${skuId}/adjust`,
        payload: { delta: 0, reason: 'x' },
      },
      { method: 'POST' as const, url: `/api/admin/inventory/${skuId}/adjust`, payload: { delta: 1 } },
    ];
    for (const c of cases) {
      const res = await h().app.inject({ ...c, headers: bearer(shop.ownerToken) });
      expect(res.statusCode, `${c.method} ${c.url} ${JSON.stringify(c.payload)}`).toBe(400);
    }
    const read = await h().app.inject({
      method: 'GET',
      url: `/api/admin/inventory?skuIds=${skuId}`,
      headers: bearer(shop.ownerToken),
    });
    expect(json(read)).toEqual({ items: [{ skuId, onHand: 0, reserved: 0, available: 0 }] });
  });

  it("shows shoppers what can be bought at the shop they visit, not another shop's stock", async () => {
    const shop = await createMerchant(h());
    const other = await createMerchant(h());
    const skuId = await catalogSku(shop.merchantId);
    const put = (token: string, onHand: number) =>
      h().app.inject({
        method: 'PUT',
        url: `/api/admin/inventory/${skuId}`,
        headers: bearer(token),
        payload: { onHand },
      });
    expect((await put(shop.ownerToken, 8)).statusCode).toBe(200);
    const ctx = systemCtx(h().database.db, shop.merchantId, 'test', h().privacy);
    await reserveStock(ctx, { orderId: newId('ord'), lines: [{ skuId, quantity: 3 }] });
    const availability = (handle: string) =>
      h().app.inject({
        method: 'GET',
        url: `/api/store/availability?skuIds=${skuId}`,
        headers: { 'x-hexamall-merchant': handle },
      });
    const res = await availability(shop.handle);
    expect(res.statusCode, res.body).toBe(200);
    expect(json(res)).toEqual({ items: [{ skuId, available: 5 }] });
    expect(json(await availability(other.handle))).toEqual({ items: [{ skuId, available: 0 }] });
    const bad = await h().app.inject({
      method: 'GET',
      url: '/api/store/availability?skuIds=drop%20table',
      headers: { 'x-hexamall-merchant': shop.handle },
    });
    expect(bad.statusCode).toBe(400);
  });

  it("answers 404 for another merchant's SKU or a made-up one, and creates no stock for it", async () => {
    const shop = await createMerchant(h());
    const other = await createMerchant(h());
    const theirs = await catalogSku(other.merchantId);
    for (const skuId of [theirs, newId('sku')]) {
      const requests = [
        { method: 'PUT' as const, url: `/api/admin/inventory/${skuId}`, payload: { onHand: 5 } },
        {
          method: 'POST' as const,
          url: `/api/admin/inventory/${skuId}/adjust`,
          payload: { delta: 1, reason: 'found one' },
        },
        { method: 'GET' as const, url: `/api/admin/inventory/${skuId}/movements` },
      ];
      for (const r of requests) {
        const res = await h().app.inject({ ...r, headers: bearer(shop.ownerToken) });
        expect(res.statusCode, `${r.method} ${r.url}: ${res.body}`).toBe(404);
        expect(json(res)).toMatchObject({ code: 'SKU_NOT_FOUND' });
      }
    }
    const read = await h().app.inject({
      method: 'GET',
      url: `/api/admin/inventory?skuIds=${theirs}`,
      headers: bearer(shop.ownerToken),
    });
    expect(json(read)).toEqual({ items: [{ skuId: theirs, onHand: 0, reserved: 0, available: 0 }] });
  });
});
