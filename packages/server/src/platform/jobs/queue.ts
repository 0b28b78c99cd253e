import { and, asc, eq, lte, sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { PrivacyPort } from '../privacy.ts';
import { systemCtx, type Ctx } from '../context.ts';
import { preparedStatement, type Db } from '../db/index.ts';
import { newId } from '../ids.ts';
import { jobs } from '../schema.ts';

/**
 * The typed catalogue of durable jobs; modules add theirs by declaration merging, as with events:
 *   declare module '../../platform/jobs/index.ts' { interface JobMap { 'order.auto_cancel': { orderId: string } } }
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface JobMap {}
export type JobType = keyof JobMap & string;
export type JobHandler<T extends JobType = JobType> = (ctx: Ctx, payload: JobMap[T]) => Promise<void>;

export interface JobOptions<T extends JobType> {
  /**
   * Runs once the last attempt has failed, in the same transaction that marks the job failed, so the
   * work the job stood for (an import, say) is not left looking as if it were still under way.
   */
  onGiveUp?: (ctx: Ctx, payload: JobMap[T], error: unknown) => Promise<void>;
  /**
   * Runs after a successful run's transaction has committed, outside it: for what may only happen once
   * the job's writes are visible to everyone (telling other processes' caches). Its errors are logged.
   */
  afterCommit?: (merchantId: string, payload: JobMap[T]) => Promise<void>;
}

/** Schedules a job in the caller's transaction, so it exists exactly when the change that needs it commits. */
export async function enqueueJob<T extends JobType>(
  ctx: Ctx,
  type: T,
  payload: JobMap[T],
  options: { runAt?: Date; maxAttempts?: number } = {},
): Promise<string> {
  const id = newId('job');
  await insertJob(ctx.db, {
    id,
    merchantId: ctx.merchantId,
    type,
    payload,
    runAt: options.runAt ?? new Date(),
    maxAttempts: options.maxAttempts ?? 5,
  });
  return id;
}

// Every checkout schedules one (its auto-cancel): prepared once (see preparedStatement).
const insertJob = preparedStatement('jobs_insert', (db) =>
  db.insert(jobs).values({
    id: sql.placeholder('id'),
    merchantId: sql.placeholder('merchantId'),
    type: sql.placeholder('type'),
    payload: sql.placeholder('payload'),
    runAt: sql.placeholder('runAt'),
    maxAttempts: sql.placeholder('maxAttempts'),
  }),
);

/**
 * Polls the jobs table and runs due jobs, each in its own transaction with its row locked
 * (FOR UPDATE SKIP LOCKED), so several processes share the work and a crash mid-job rolls back and retries.
 */
export class JobWorker {
  private readonly handlers = new Map<string, JobHandler>();
  private readonly giveUps = new Map<string, NonNullable<JobOptions<JobType>['onGiveUp']>>();
  private readonly afterCommits = new Map<string, NonNullable<JobOptions<JobType>['afterCommit']>>();
  private readonly recurring = new Map<string, number>();
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;
  private stopped = true;

  constructor(
    private readonly db: Db,
    private readonly log: FastifyBaseLogger,
    private readonly privacy: PrivacyPort,
    private readonly intervalMs = 500,
    private readonly now: () => Date = () => new Date(),
  ) {}

  register<T extends JobType>(type: T, handler: JobHandler<T>, options: JobOptions<T> = {}): void {
    this.handlers.set(type, handler as JobHandler);
    if (options.onGiveUp)
      this.giveUps.set(type, options.onGiveUp as NonNullable<JobOptions<JobType>['onGiveUp']>);
    if (options.afterCommit)
      this.afterCommits.set(type, options.afterCommit as NonNullable<JobOptions<JobType>['afterCommit']>);
  }

  /**
   * A platform-wide job that runs every `everyMs` (purges, expiry sweeps). Each run schedules the next in
   * its own transaction, so there is always exactly one pending run, across restarts and processes.
   */
  registerRecurring<T extends JobType>(type: T, everyMs: number, handler: JobHandler<T>): void {
    this.recurring.set(type, everyMs);
    this.register(type, async (ctx, payload) => {
      await handler(ctx, payload);
      await enqueueJob(ctx, type, payload, { runAt: new Date(this.now().getTime() + everyMs) });
    });
  }

  /** Schedules the first run of each recurring job that has no pending run (a new database). */
  async ensureRecurring(): Promise<void> {
    for (const [type, everyMs] of this.recurring) {
      await this.db.transaction(async (tx) => {
        await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`jobs.recurring:${type}`}))`);
        const [pending] = await tx
          .select({ id: jobs.id })
          .from(jobs)
          .where(and(eq(jobs.type, type), eq(jobs.status, 'pending')))
          .limit(1);
        if (pending) return;
        await tx.insert(jobs).values({
          id: newId('job'),
          merchantId: '',
          type,
          payload: {},
          runAt: new Date(this.now().getTime() + everyMs),
        });
      });
    }
  }

  start(): void {
    this.stopped = false;
    this.schedule();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** Runs every job due now; returns how many ran. Tests call it to step deterministically. */
  async runDue(): Promise<number> {
    let count = 0;
    while (await this.runOne()) count += 1;
    return count;
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.runDue()
        .catch((err: unknown) => this.log.error({ err }, 'job polling failed'))
        .finally(() => this.schedule());
    }, this.intervalMs);
    this.timer.unref();
  }

  private async runOne(): Promise<boolean> {
    const now = this.now();
    let succeeded: typeof jobs.$inferSelect | undefined;
    const outcome = await this.db.transaction(async (tx) => {
      const [job] = await tx
        .select()
        .from(jobs)
        .where(and(eq(jobs.status, 'pending'), lte(jobs.runAt, now)))
        .orderBy(asc(jobs.runAt))
        .limit(1)
        .for('update', { skipLocked: true });
      if (!job) return 'idle' as const;
      const handler = this.handlers.get(job.type);
      if (!handler) {
        await tx
          .update(jobs)
          .set({ status: 'failed', lastError: 'no handler', finishedAt: now })
          .where(eq(jobs.id, job.id));
        return 'ran' as const;
      }
      try {
        // A savepoint, so a failing handler's writes roll back while the attempt count is kept.
        await tx.transaction(async (inner) => {
          const ctx = {
            ...systemCtx(inner, job.merchantId, `job:${job.type}`, this.privacy),
            inTransaction: true,
          };
          await handler(ctx, job.payload as never);
        });
        await tx
          .update(jobs)
          .set({ status: 'done', attempts: job.attempts + 1, finishedAt: now })
          .where(eq(jobs.id, job.id));
        succeeded = job;
      } catch (err) {
        const attempts = job.attempts + 1;
        const failed = attempts >= job.maxAttempts;
        this.log.warn({ err, jobId: job.id, type: job.type, attempts }, 'job failed');
        await tx
          .update(jobs)
          .set({
            attempts,
            lastError: String(err).slice(0, 500),
            status: failed ? 'failed' : 'pending',
            // Exponential back-off: 2s, 4s, 8s ...
            runAt: new Date(now.getTime() + 2 ** attempts * 1000),
            ...(failed ? { finishedAt: now } : {}),
          })
          .where(eq(jobs.id, job.id));
        if (failed) await this.giveUp(tx, job, err);
      }
      return 'ran' as const;
    });
    if (succeeded) await this.afterCommit(succeeded);
    return outcome === 'ran';
  }

  private async afterCommit(job: typeof jobs.$inferSelect): Promise<void> {
    const hook = this.afterCommits.get(job.type);
    try {
      await hook?.(job.merchantId, job.payload as never);
    } catch (err) {
      this.log.error({ err, jobId: job.id, type: job.type }, 'job after-commit hook failed');
    }
  }

  private async giveUp(tx: Db, job: typeof jobs.$inferSelect, error: unknown): Promise<void> {
    const onGiveUp = this.giveUps.get(job.type);
    if (!onGiveUp) return;
    try {
      // Its own savepoint: a failing hook must not undo the record that the job failed.
      await tx.transaction(async (inner) => {
        const ctx = {
          ...systemCtx(inner, job.merchantId, `job:${job.type}`, this.privacy),
          inTransaction: true,
        };
        await onGiveUp(ctx, job.payload as never, error);
      });
    } catch (hookError) {
      this.log.error({ err: hookError, jobId: job.id, type: job.type }, 'job give-up hook failed');
    }
  }
}
