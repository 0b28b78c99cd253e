import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../../testing/harness.ts';
import { newId, systemCtx, type Ctx } from '../../../platform/index.ts';
import { adjustStock } from './adjust-stock.ts';
import { getAvailability, getStockLevels } from './get-availability.ts';
import { listStockMovements } from './list-movements.ts';
import { reserveStock } from './reserve-stock.ts';
import { setStock } from './set-stock.ts';

describeEachDatabase('inventory: stock levels', (h) => {
  const merchantCtx = (): Ctx => systemCtx(h().database.db, newId('mer'), 'test', h().privacy);

  it('sets and adjusts on-hand stock, creating the row on first use', async () => {
    const ctx = merchantCtx();
    const skuId = newId('sku');
    expect(await adjustStock(ctx, skuId, 5, 'delivery')).toEqual({
      ok: true,
      value: { skuId, onHand: 5, reserved: 0, available: 5 },
    });
    expect(await setStock(ctx, skuId, 12)).toMatchObject({ ok: true, value: { onHand: 12 } });
    expect(await adjustStock(ctx, skuId, -2, 'breakage')).toMatchObject({ ok: true, value: { onHand: 10 } });
  });

  it('counts concurrent deliveries without losing one', async () => {
    const ctx = merchantCtx();
    const skuId = newId('sku');
    await Promise.all(Array.from({ length: 20 }, () => adjustStock({ ...ctx }, skuId, 3, 'delivery')));
    expect((await getStockLevels(ctx, [skuId]))[0]?.onHand).toBe(60);
  });

  it('refuses to take on-hand stock below what is reserved', async () => {
    const ctx = merchantCtx();
    const skuId = newId('sku');
    await setStock(ctx, skuId, 5);
    expect((await reserveStock(ctx, { orderId: newId('ord'), lines: [{ skuId, quantity: 4 }] })).ok).toBe(
      true,
    );
    expect(await setStock(ctx, skuId, 3)).toEqual({
      ok: false,
      code: 'STOCK_BELOW_RESERVED',
      data: { skuId, reserved: 4 },
    });
    expect(await adjustStock(ctx, skuId, -2, 'breakage')).toEqual({
      ok: false,
      code: 'STOCK_BELOW_RESERVED',
      data: { skuId, reserved: 4 },
    });
    expect(await adjustStock(ctx, newId('sku'), -1, 'breakage')).toMatchObject({
      code: 'STOCK_BELOW_RESERVED',
    });
    expect(await getStockLevels(ctx, [skuId])).toEqual([{ skuId, onHand: 5, reserved: 4, available: 1 }]);
  });

  it.each([
    ['negative on hand', (ctx: Ctx) => setStock(ctx, newId('sku'), -1)],
    ['fractional on hand', (ctx: Ctx) => setStock(ctx, newId('sku'), 2.5)],
    ['huge on hand', (ctx: Ctx) => setStock(ctx, newId('sku'), 2 ** 40)],
    ['zero delta', (ctx: Ctx) => adjustStock(ctx, newId('sku'), 0, 'nothing')],
    ['huge delta', (ctx: Ctx) => adjustStock(ctx, newId('sku'), 2 ** 40, 'delivery')],
    ['blank reason', (ctx: Ctx) => adjustStock(ctx, newId('sku'), 1, '  ')],
  ])('refuses a %s', async (_label, call) => {
    expect(await call(merchantCtx())).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
  });

  it('reports availability per SKU, zero for SKUs never stocked or of another merchant', async () => {
    const ctx = merchantCtx();
    const [a, b, never] = [newId('sku'), newId('sku'), newId('sku')];
    await setStock(ctx, a, 7);
    await setStock(merchantCtx(), b, 9);
    await reserveStock(ctx, { orderId: newId('ord'), lines: [{ skuId: a, quantity: 2 }] });
    const available = await getAvailability(ctx, [a, b, never]);
    expect([...available]).toEqual([
      [a, 5],
      [b, 0],
      [never, 0],
    ]);
  });

  it('pages through the ledger newest first', async () => {
    const ctx = merchantCtx();
    const skuId = newId('sku');
    for (const delta of [1, 2, 3]) await adjustStock(ctx, skuId, delta, `delivery ${delta}`);
    const first = await listStockMovements(ctx, skuId, { limit: 2 });
    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).not.toBeNull();
    const second = await listStockMovements(ctx, skuId, { limit: 2, cursor: first.nextCursor ?? undefined });
    const deltas = [...first.items, ...second.items].map((m) => m.onHandDelta);
    expect(deltas.sort()).toEqual([1, 2, 3]);
    expect(second.nextCursor).toBeNull();
  });
});
