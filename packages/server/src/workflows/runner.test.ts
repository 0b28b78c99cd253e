import { and, eq, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { emit, fail, ok, systemCtx, type Ctx } from '../platform/index.ts';
import { outboxEvents } from '../platform/schema.ts';
import { describeEachDatabase } from '../testing/harness.ts';
import { CompensationFailed, runWorkflow, undoneByRollback, type Step } from './runner.ts';

declare module '../platform/events/index.ts' {
  interface DomainEventMap {
    'test.workflow_step': { run: string; step: number };
  }
}

describeEachDatabase('workflow runner', (h) => {
  const ctx = (): Ctx => systemCtx(h().database.db, 'mer_runner', 'test', h().privacy);
  const written = async (run: string) => {
    const rows = await h()
      .database.db.select({ payload: outboxEvents.payload })
      .from(outboxEvents)
      .where(and(eq(outboxEvents.type, 'test.workflow_step'), sql`${outboxEvents.payload}->>'run' = ${run}`));
    return rows.map((r) => (r.payload as { step: number }).step).sort();
  };

  /** A step that writes a row and records, outside the database, that it ran and was undone. */
  const writing = (run: string, n: number, log: string[]): Step<number, number> => ({
    name: `write-${n}`,
    async invoke(tx, input) {
      await emit(tx, 'test.workflow_step', { run, step: n });
      log.push(`invoke ${n}`);
      return ok(input + n);
    },
    async compensate(_ctx, output) {
      log.push(`compensate ${n} (${output})`);
    },
  });
  const refusing: Step<number, never> = {
    name: 'refuse',
    invoke: async () => fail('OUT_OF_STOCK', 'none left'),
    compensate: undoneByRollback,
  };

  it('passes outputs along and commits every step together', async () => {
    const log: string[] = [];
    const result = await runWorkflow(ctx(), async (run) => {
      const a = await run(writing('ok', 1, log), 0);
      return run(writing('ok', 2, log), a);
    });
    expect(result).toEqual({ ok: true, value: 3 });
    expect(log).toEqual(['invoke 1', 'invoke 2']);
    expect(await written('ok')).toEqual([1, 2]);
  });

  it('rolls back and compensates completed steps in reverse when a step fails', async () => {
    const log: string[] = [];
    const result = await runWorkflow(ctx(), async (run) => {
      const a = await run(writing('fail', 1, log), 10);
      const b = await run(writing('fail', 2, log), a);
      return run(refusing, b);
    });
    expect(result).toMatchObject({ ok: false, code: 'OUT_OF_STOCK', detail: 'none left' });
    expect(log).toEqual(['invoke 1', 'invoke 2', 'compensate 2 (13)', 'compensate 1 (11)']);
    expect(await written('fail')).toEqual([]);
  });

  it('compensates and rethrows when a step throws', async () => {
    const log: string[] = [];
    const throwing: Step<void, void> = {
      name: 'throw',
      invoke: async () => {
        throw new Error('boom');
      },
      compensate: undoneByRollback,
    };
    await expect(
      runWorkflow(ctx(), async (run) => {
        await run(writing('throw', 1, log), 0);
        await run(throwing, undefined);
      }),
    ).rejects.toThrow('boom');
    expect(log).toEqual(['invoke 1', 'compensate 1 (1)']);
    expect(await written('throw')).toEqual([]);
  });

  it('reports a compensation that fails instead of hiding it', async () => {
    const stuck: Step<void, string> = {
      name: 'stuck',
      invoke: async () => ok('sent'),
      compensate: async () => {
        throw new Error('cannot undo');
      },
    };
    await expect(
      runWorkflow(ctx(), async (run) => {
        await run(stuck, undefined);
        await run(refusing, 0);
      }),
    ).rejects.toBeInstanceOf(CompensationFailed);
  });

  it('runs as a savepoint inside a caller transaction, so a failure keeps the caller going', async () => {
    const log: string[] = [];
    await h().database.db.transaction(async (db) => {
      const outer = { ...ctx(), db, inTransaction: true };
      await emit(outer, 'test.workflow_step', { run: 'nested', step: 0 });
      const result = await runWorkflow(outer, async (run) => {
        await run(writing('nested', 1, log), 0);
        return run(refusing, 0);
      });
      expect(result.ok).toBe(false);
    });
    expect(await written('nested')).toEqual([0]);
  });
});
