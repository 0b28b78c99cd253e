import { and, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../../testing/harness.ts';
import { inTransaction, newId, systemCtx, type Ctx } from '../../../platform/index.ts';
import { stockLevels, stockMovements, stockReservations } from '../schema.ts';
import { getStockLevels } from './get-availability.ts';
import { reserveStock } from './reserve-stock.ts';
import { setStock } from './set-stock.ts';

describeEachDatabase('inventory: reserveStock', (h) => {
  const merchantCtx = (): Ctx => systemCtx(h().database.db, newId('mer'), 'test', h().privacy);

  async function stocked(ctx: Ctx, onHand: number): Promise<string> {
    const skuId = newId('sku');
    expect((await setStock(ctx, skuId, onHand)).ok).toBe(true);
    return skuId;
  }

  it('sells exactly the stock there is when 200 checkouts race for 50 units', async () => {
    const ctx = merchantCtx();
    const skuId = await stocked(ctx, 50);
    const attempts = Array.from({ length: 200 }, () =>
      reserveStock({ ...ctx }, { orderId: newId('ord'), lines: [{ skuId, quantity: 1 }] }),
    );
    const results = await Promise.all(attempts);
    const succeeded = results.filter((r) => r.ok);
    const refused = results.filter((r) => !r.ok);
    expect(succeeded).toHaveLength(50);
    expect(refused).toHaveLength(150);
    for (const r of refused) expect(r).toMatchObject({ ok: false, code: 'OUT_OF_STOCK', data: { skuId } });
    const [level] = await getStockLevels(ctx, [skuId]);
    expect(level).toEqual({ skuId, onHand: 50, reserved: 50, available: 0 });
    const held = await ctx.db
      .select()
      .from(stockReservations)
      .where(and(eq(stockReservations.merchantId, ctx.merchantId), eq(stockReservations.skuId, skuId)));
    expect(held).toHaveLength(50);
    expect(held.every((r) => r.status === 'active' && r.quantity === 1)).toBe(true);
  });

  it('reserves all lines or none, and reports which SKU ran short', async () => {
    const ctx = merchantCtx();
    const plenty = await stocked(ctx, 10);
    const scarce = await stocked(ctx, 2);
    const orderId = newId('ord');
    const refused = await reserveStock(ctx, {
      orderId,
      lines: [
        { skuId: plenty, quantity: 4 },
        { skuId: scarce, quantity: 3 },
      ],
    });
    expect(refused).toEqual({ ok: false, code: 'OUT_OF_STOCK', data: { skuId: scarce, available: 2 } });
    expect(await getStockLevels(ctx, [plenty, scarce])).toEqual([
      { skuId: plenty, onHand: 10, reserved: 0, available: 10 },
      { skuId: scarce, onHand: 2, reserved: 0, available: 2 },
    ]);
    const rows = await ctx.db.select().from(stockReservations).where(eq(stockReservations.orderId, orderId));
    expect(rows).toHaveLength(0);
    const movements = await ctx.db.select().from(stockMovements).where(eq(stockMovements.orderId, orderId));
    expect(movements).toHaveLength(0);
  });

  it("undoes only its own lines inside a caller's transaction, keeping the caller's other work", async () => {
    const ctx = merchantCtx();
    const first = await stocked(ctx, 5);
    const short = await stocked(ctx, 1);
    const other = await stocked(ctx, 5);
    await inTransaction(ctx, async (tx) => {
      const held = await reserveStock(tx, { orderId: newId('ord'), lines: [{ skuId: other, quantity: 2 }] });
      expect(held.ok).toBe(true);
      const refused = await reserveStock(tx, {
        orderId: newId('ord'),
        lines: [
          { skuId: first, quantity: 1 },
          { skuId: short, quantity: 2 },
        ],
      });
      expect(refused.ok).toBe(false);
    });
    const levels = await getStockLevels(ctx, [first, short, other]);
    expect(levels.map((l) => l.reserved)).toEqual([0, 0, 2]);
  });

  it('merges repeated SKUs and treats an unstocked SKU as out of stock', async () => {
    const ctx = merchantCtx();
    const skuId = await stocked(ctx, 3);
    const merged = await reserveStock(ctx, {
      orderId: newId('ord'),
      lines: [
        { skuId, quantity: 1 },
        { skuId, quantity: 2 },
      ],
    });
    expect(merged.ok && merged.value.reservationIds).toHaveLength(1);
    expect((await getStockLevels(ctx, [skuId]))[0]?.reserved).toBe(3);
    const unknown = newId('sku');
    expect(
      await reserveStock(ctx, { orderId: newId('ord'), lines: [{ skuId: unknown, quantity: 1 }] }),
    ).toEqual({
      ok: false,
      code: 'OUT_OF_STOCK',
      data: { skuId: unknown, available: 0 },
    });
  });

  it('reserves nothing more when a step is retried for the same order', async () => {
    const ctx = merchantCtx();
    const skuId = await stocked(ctx, 10);
    const orderId = newId('ord');
    const once = await reserveStock(ctx, { orderId, lines: [{ skuId, quantity: 4 }] });
    const again = await reserveStock(ctx, { orderId, lines: [{ skuId, quantity: 4 }] });
    expect(once.ok && again.ok).toBe(true);
    if (!once.ok || !again.ok) return;
    expect(again.value.reservationIds).toEqual(once.value.reservationIds);
    expect(once.value.reservationIds[0]).toMatch(/^res_/);
    expect((await getStockLevels(ctx, [skuId]))[0]?.reserved).toBe(4);
  });

  it.each([
    ['zero', 0],
    ['negative', -3],
    ['fractional', 1.5],
    ['huge', 1_000_001],
    ['beyond int32', 2 ** 40],
  ])('refuses a %s quantity without touching stock', async (_label, quantity) => {
    const ctx = merchantCtx();
    const skuId = await stocked(ctx, 5);
    const refused = await reserveStock(ctx, { orderId: newId('ord'), lines: [{ skuId, quantity }] });
    expect(refused).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
    expect((await getStockLevels(ctx, [skuId]))[0]).toMatchObject({ reserved: 0, onHand: 5 });
  });

  it('refuses an order with no lines', async () => {
    const refused = await reserveStock(merchantCtx(), { orderId: newId('ord'), lines: [] });
    expect(refused).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
  });

  it("never touches another merchant's stock of the same SKU id", async () => {
    const a = merchantCtx();
    const b = merchantCtx();
    const skuId = await stocked(a, 5);
    const refused = await reserveStock(b, { orderId: newId('ord'), lines: [{ skuId, quantity: 1 }] });
    expect(refused).toMatchObject({ ok: false, code: 'OUT_OF_STOCK' });
    const [row] = await a.db
      .select()
      .from(stockLevels)
      .where(and(eq(stockLevels.merchantId, a.merchantId), eq(stockLevels.skuId, skuId)));
    expect(row?.reserved).toBe(0);
  });
});
