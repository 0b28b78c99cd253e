import { and, eq, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../testing/harness.ts';
import { emit, systemCtx, withIdempotency } from './index.ts';
import { idempotencyKeys, jobs, outboxEvents } from './schema.ts';

describeEachDatabase('recurring purges', (h) => {
  const pendingOf = async (type: string) =>
    h()
      .database.db.select()
      .from(jobs)
      .where(and(eq(jobs.type, type), eq(jobs.status, 'pending')));

  it('keeps exactly one pending run of each recurring job, across runs and a second boot', async () => {
    expect(await pendingOf('platform.purge')).toHaveLength(1);
    expect(await pendingOf('cart.purge_guest_carts')).toHaveLength(1);
    await h().app.runtime.jobs.ensureRecurring();
    expect(await pendingOf('platform.purge')).toHaveLength(1);
    h().clock.advance(7 * 60 * 60_000);
    await h().app.runtime.jobs.runDue();
    const [next] = await pendingOf('platform.purge');
    expect(next!.runAt.getTime()).toBeGreaterThan(h().clock.now().getTime());
    expect(await pendingOf('cart.purge_guest_carts')).toHaveLength(1);
  });

  it('purges old delivered events and old idempotency keys, and nothing newer', async () => {
    const db = h().database.db;
    const ctx = systemCtx(db, 'mer_purge', 'test', h().privacy);
    await db.transaction((tx) =>
      emit({ ...ctx, db: tx, inTransaction: true }, 'product.updated', { productId: 'p' }),
    );
    await h().app.runtime.events.drain();
    await withIdempotency(ctx, 'test', 'purge-key-1', 'h', async () => ({ statusCode: 200, body: {} }));
    // Age the rows as if 40 days had passed since they were written.
    await db.execute(
      sql`update outbox_events set delivered_at = delivered_at - interval '40 days', created_at = created_at - interval '40 days'`,
    );
    await db.execute(sql`update idempotency_keys set created_at = created_at - interval '40 days'`);
    const fresh = await withIdempotency(ctx, 'test', 'purge-key-2', 'h', async () => ({
      statusCode: 200,
      body: {},
    }));
    expect(fresh.replayed).toBe(false);
    h().clock.advance(2 * 60 * 60_000);
    await h().app.runtime.jobs.runDue();
    expect(
      await db
        .select()
        .from(outboxEvents)
        .where(sql`${outboxEvents.deliveredAt} is not null`),
    ).toHaveLength(0);
    const keys = await db.select({ key: idempotencyKeys.key }).from(idempotencyKeys);
    expect(keys.map((k) => k.key)).toEqual(['purge-key-2']);
  });
});
