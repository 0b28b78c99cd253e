import { eq, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { describeEachDatabase, json } from '../testing/harness.ts';
import { emit, enqueueJob, systemCtx, withIdempotency, hashRequest, AppError, type Ctx } from './index.ts';
import { jobs, outboxEvents } from './schema.ts';

declare module './events/index.ts' {
  interface DomainEventMap {
    'test.pinged': { n: number };
    'test.noted': { n: number };
  }
}
declare module './jobs/index.ts' {
  interface JobMap {
    'test.job': { n: number };
    'test.doomed': { n: number };
    'test.announced': { n: number };
  }
}

describeEachDatabase('platform', (h) => {
  const ctx = (): Ctx => systemCtx(h().database.db, 'mer_test', 'test', h().privacy);

  it('answers unknown routes with problem+json and a request id', async () => {
    const res = await h().app.inject({ method: 'GET', url: '/nope', headers: { 'x-request-id': 'abc-123' } });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.headers['x-request-id']).toBe('abc-123');
    expect(json(res)).toMatchObject({ code: 'ROUTE_NOT_FOUND', status: 404, requestId: 'abc-123' });
  });

  it('sets security headers', async () => {
    const res = await h().app.inject({ method: 'GET', url: '/healthz' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('delivers an outbox event only when its transaction commits', async () => {
    const seen: number[] = [];
    h().app.runtime.events.on('test.pinged', async (e) => {
      seen.push(e.payload.n);
    });
    await h()
      .database.db.transaction(async (tx) => {
        await emit({ ...ctx(), db: tx, inTransaction: true }, 'test.pinged', { n: 1 });
        throw new Error('roll back');
      })
      .catch(() => undefined);
    await h().database.db.transaction(async (tx) => {
      await emit({ ...ctx(), db: tx, inTransaction: true }, 'test.pinged', { n: 2 });
    });
    await h().app.runtime.events.drain();
    expect(seen).toEqual([2]);
    const pending = await h()
      .database.db.select()
      .from(outboxEvents)
      .where(sql`${outboxEvents.deliveredAt} is null`);
    expect(pending).toHaveLength(0);
  });

  it('runs due jobs once and retries failures with back-off', async () => {
    const ran: number[] = [];
    let failOnce = true;
    h().app.runtime.jobs.register('test.job', async (_ctx, payload) => {
      if (payload.n === 2 && failOnce) {
        failOnce = false;
        throw new Error('transient');
      }
      ran.push(payload.n);
    });
    const clock = h().clock;
    await enqueueJob(ctx(), 'test.job', { n: 1 });
    const id2 = await enqueueJob(ctx(), 'test.job', { n: 2 });
    await enqueueJob(ctx(), 'test.job', { n: 3 }, { runAt: new Date(clock.now().getTime() + 60_000) });
    await h().app.runtime.jobs.runDue();
    expect(ran).toEqual([1]);
    const [failed] = await h().database.db.select().from(jobs).where(eq(jobs.id, id2));
    expect(failed).toMatchObject({ status: 'pending', attempts: 1 });
    clock.advance(120_000);
    await h().app.runtime.jobs.runDue();
    expect(ran.sort()).toEqual([1, 2, 3]);
  });

  it('calls the give-up hook once, after the last attempt, keeping its writes with the failed job', async () => {
    const gaveUp: { n: number; error: string }[] = [];
    let attempts = 0;
    h().app.runtime.jobs.register(
      'test.doomed',
      async () => {
        attempts += 1;
        throw new Error(`attempt ${attempts}`);
      },
      {
        onGiveUp: async (hookCtx, payload, error) => {
          gaveUp.push({ n: payload.n, error: String(error) });
          await enqueueJob(
            hookCtx,
            'test.job',
            { n: 99 },
            { runAt: new Date(h().clock.now().getTime() + 3_600_000) },
          );
        },
      },
    );
    const id = await enqueueJob(ctx(), 'test.doomed', { n: 7 }, { maxAttempts: 2 });
    await h().app.runtime.jobs.runDue();
    expect(gaveUp).toEqual([]);
    h().clock.advance(10_000);
    await h().app.runtime.jobs.runDue();
    expect(attempts).toBe(2);
    expect(gaveUp).toEqual([{ n: 7, error: 'Error: attempt 2' }]);
    const [row] = await h().database.db.select().from(jobs).where(eq(jobs.id, id));
    expect(row).toMatchObject({ status: 'failed', attempts: 2 });
    const followUps = await h()
      .database.db.select()
      .from(jobs)
      .where(sql`${jobs.type} = 'test.job' and ${jobs.payload} = '{"n":99}'::jsonb`);
    expect(followUps).toHaveLength(1);
    h().clock.advance(10_000);
    await h().app.runtime.jobs.runDue();
    expect(attempts).toBe(2);
  });

  it("runs an event's after-commit hook once its delivery committed, and not for a failed delivery", async () => {
    const after: { n: number; visible: number }[] = [];
    let fail = true;
    h().app.runtime.events.on(
      'test.noted',
      async (event, deliveryCtx) => {
        await enqueueJob(
          deliveryCtx,
          'test.job',
          { n: 2000 + event.payload.n },
          {
            runAt: new Date(h().clock.now().getTime() + 3_600_000),
          },
        );
        if (fail) throw new Error('not yet');
      },
      {
        afterCommit: async (event) => {
          const written = await h()
            .database.db.select()
            .from(jobs)
            .where(
              sql`${jobs.type} = 'test.job' and ${jobs.payload} = ${JSON.stringify({ n: 2000 + event.payload.n })}::jsonb`,
            );
          after.push({ n: event.payload.n, visible: written.length });
        },
      },
    );
    await emit(ctx(), 'test.noted', { n: 4 });
    await h().app.runtime.events.drain();
    expect(after).toEqual([]);
    fail = false;
    await h().app.runtime.events.drain();
    expect(after).toEqual([{ n: 4, visible: 1 }]);
  });

  it('calls the after-commit hook only once a run has committed, and never for a failed run', async () => {
    const seen: { n: number; visible: number }[] = [];
    let fail = true;
    h().app.runtime.jobs.register(
      'test.announced',
      async (jobCtx, payload) => {
        await enqueueJob(
          jobCtx,
          'test.job',
          { n: 1000 + payload.n },
          { runAt: new Date(h().clock.now().getTime() + 3_600_000) },
        );
        if (fail) throw new Error('not this time');
      },
      {
        afterCommit: async (merchantId, payload) => {
          // Read outside the job's transaction: what the run wrote is already there for everyone.
          const written = await h()
            .database.db.select()
            .from(jobs)
            .where(
              sql`${jobs.type} = 'test.job' and ${jobs.payload} = ${JSON.stringify({ n: 1000 + payload.n })}::jsonb`,
            );
          expect(merchantId).toBe(ctx().merchantId);
          seen.push({ n: payload.n, visible: written.length });
        },
      },
    );
    await enqueueJob(ctx(), 'test.announced', { n: 5 });
    await h().app.runtime.jobs.runDue();
    expect(seen).toEqual([]);
    fail = false;
    h().clock.advance(10_000);
    await h().app.runtime.jobs.runDue();
    expect(seen).toEqual([{ n: 5, visible: 1 }]);
  });

  it('runs an idempotent operation once per key and refuses a reused key with another request', async () => {
    let calls = 0;
    const run = (body: unknown) =>
      withIdempotency(ctx(), 'test', 'key-00000001', hashRequest(body), async () => {
        calls += 1;
        return { statusCode: 201, body: { calls } };
      });
    const [a, b] = await Promise.all([run({ x: 1 }), run({ x: 1 })]);
    expect(calls).toBe(1);
    expect([a.replayed, b.replayed].sort()).toEqual([false, true]);
    expect(b.body).toEqual({ calls: 1 });
    await expect(run({ x: 2 })).rejects.toThrow(AppError);
  });
});
