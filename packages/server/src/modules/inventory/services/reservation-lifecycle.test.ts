import { and, asc, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../../testing/harness.ts';
import { newId, systemCtx, type Ctx } from '../../../platform/index.ts';
import { stockMovements, stockReservations } from '../schema.ts';
import { commitReservation } from './commit-reservation.ts';
import { getStockLevels } from './get-availability.ts';
import { releaseReservation } from './release-reservation.ts';
import { reserveStock } from './reserve-stock.ts';
import { returnStock } from './return-stock.ts';
import { setStock } from './set-stock.ts';

describeEachDatabase('inventory: reservation lifecycle', (h) => {
  const merchantCtx = (): Ctx => systemCtx(h().database.db, newId('mer'), 'test', h().privacy);

  /** Two SKUs with 10 each, and an order holding 3 of the first and 2 of the second. */
  async function heldOrder() {
    const ctx = merchantCtx();
    const [a, b] = [newId('sku'), newId('sku')] as const;
    await setStock(ctx, a, 10);
    await setStock(ctx, b, 10);
    const orderId = newId('ord');
    const held = await reserveStock(ctx, {
      orderId,
      lines: [
        { skuId: a, quantity: 3 },
        { skuId: b, quantity: 2 },
      ],
    });
    expect(held.ok).toBe(true);
    return { ctx, a, b, orderId };
  }

  const levels = (ctx: Ctx, ...skuIds: string[]) =>
    getStockLevels(ctx, skuIds).then((l) => l.map(({ onHand, reserved }) => ({ onHand, reserved })));

  it('releases held units once, however often it is called', async () => {
    const { ctx, a, b, orderId } = await heldOrder();
    const first = await releaseReservation(ctx, orderId);
    expect(first.released).toEqual(
      [
        { skuId: a, quantity: 3 },
        { skuId: b, quantity: 2 },
      ].sort((x, y) => (x.skuId < y.skuId ? -1 : 1)),
    );
    const [second, third] = await Promise.all([
      releaseReservation(ctx, orderId),
      releaseReservation(ctx, orderId),
    ]);
    expect(second.released).toEqual([]);
    expect(third.released).toEqual([]);
    expect(await levels(ctx, a, b)).toEqual([
      { onHand: 10, reserved: 0 },
      { onHand: 10, reserved: 0 },
    ]);
    const rows = await ctx.db.select().from(stockReservations).where(eq(stockReservations.orderId, orderId));
    expect(rows.map((r) => r.status)).toEqual(['released', 'released']);
  });

  it('commits held units once on payment: on hand and reserved both drop', async () => {
    const { ctx, a, b, orderId } = await heldOrder();
    const [first, second] = await Promise.all([
      commitReservation(ctx, orderId),
      commitReservation(ctx, orderId),
    ]);
    expect([first.committed.length, second.committed.length].sort()).toEqual([0, 2]);
    expect(await commitReservation(ctx, orderId)).toEqual({ committed: [] });
    expect(await levels(ctx, a, b)).toEqual([
      { onHand: 7, reserved: 0 },
      { onHand: 8, reserved: 0 },
    ]);
  });

  it('does not release a committed order, nor commit a released one', async () => {
    const paid = await heldOrder();
    await commitReservation(paid.ctx, paid.orderId);
    expect(await releaseReservation(paid.ctx, paid.orderId)).toEqual({ released: [] });
    expect(await levels(paid.ctx, paid.a)).toEqual([{ onHand: 7, reserved: 0 }]);

    const cancelled = await heldOrder();
    await releaseReservation(cancelled.ctx, cancelled.orderId);
    expect(await commitReservation(cancelled.ctx, cancelled.orderId)).toEqual({ committed: [] });
    expect(await levels(cancelled.ctx, cancelled.a)).toEqual([{ onHand: 10, reserved: 0 }]);
  });

  it('returns sold units to stock by the increase in the returned total, so repeats change nothing', async () => {
    const { ctx, a, b, orderId } = await heldOrder();
    await commitReservation(ctx, orderId);
    expect(await returnStock(ctx, { orderId, lines: [{ skuId: a, quantity: 1 }] })).toEqual({
      ok: true,
      value: { returned: [{ skuId: a, quantity: 1 }] },
    });
    expect(await returnStock(ctx, { orderId, lines: [{ skuId: a, quantity: 1 }] })).toEqual({
      ok: true,
      value: { returned: [] },
    });
    const full = await returnStock(ctx, {
      orderId,
      lines: [
        { skuId: a, quantity: 3 },
        { skuId: b, quantity: 2 },
      ],
    });
    expect(full.ok && full.value.returned).toEqual(
      [
        { skuId: a, quantity: 2 },
        { skuId: b, quantity: 2 },
      ].sort((x, y) => (x.skuId < y.skuId ? -1 : 1)),
    );
    expect(await levels(ctx, a, b)).toEqual([
      { onHand: 10, reserved: 0 },
      { onHand: 10, reserved: 0 },
    ]);
  });

  it('refuses to return more than was sold, or anything of an unpaid order, all lines or none', async () => {
    const { ctx, a, b, orderId } = await heldOrder();
    expect(await returnStock(ctx, { orderId, lines: [{ skuId: a, quantity: 1 }] })).toEqual({
      ok: false,
      code: 'RETURN_EXCEEDS_SOLD',
      data: { skuId: a, sold: 0 },
    });
    await commitReservation(ctx, orderId);
    const refused = await returnStock(ctx, {
      orderId,
      lines: [
        { skuId: a, quantity: 3 },
        { skuId: b, quantity: 5 },
      ],
    });
    expect(refused).toEqual({ ok: false, code: 'RETURN_EXCEEDS_SOLD', data: { skuId: b, sold: 2 } });
    expect(await levels(ctx, a, b)).toEqual([
      { onHand: 7, reserved: 0 },
      { onHand: 8, reserved: 0 },
    ]);
  });

  it('records every change in the ledger with its order', async () => {
    const { ctx, a, orderId } = await heldOrder();
    await commitReservation(ctx, orderId);
    await returnStock(ctx, { orderId, lines: [{ skuId: a, quantity: 1 }] });
    const rows = await ctx.db
      .select()
      .from(stockMovements)
      .where(and(eq(stockMovements.merchantId, ctx.merchantId), eq(stockMovements.skuId, a)))
      .orderBy(asc(stockMovements.createdAt), asc(stockMovements.id));
    expect(rows.map((r) => [r.kind, r.onHandDelta, r.reservedDelta, r.orderId])).toEqual([
      ['adjustment', 10, 0, null],
      ['reservation', 0, 3, orderId],
      ['commit', -3, -3, orderId],
      ['return', 1, 0, orderId],
    ]);
    expect(rows.every((r) => r.actor === 'system:test')).toBe(true);
  });
});
