import { and, inArray, isNotNull, lt } from 'drizzle-orm';
import type { JobWorker } from './jobs/index.ts';
import { idempotencyKeys, jobs, outboxEvents } from './schema.ts';

declare module './jobs/index.ts' {
  interface JobMap {
    'platform.purge': Record<string, never>;
  }
}

const DAY = 24 * 60 * 60_000;

/**
 * Keeps the platform's own tables small: delivered events after 7 days, finished jobs after 30, and
 * idempotency keys after 24 hours (clients retry within minutes; Stripe keeps theirs for a day too).
 */
export function registerPlatformPurge(worker: JobWorker, now: () => Date): void {
  worker.registerRecurring('platform.purge', 60 * 60_000, async (ctx) => {
    const t = now().getTime();
    await ctx.db
      .delete(outboxEvents)
      .where(and(isNotNull(outboxEvents.deliveredAt), lt(outboxEvents.deliveredAt, new Date(t - 7 * DAY))));
    await ctx.db
      .delete(jobs)
      .where(and(inArray(jobs.status, ['done', 'failed']), lt(jobs.finishedAt, new Date(t - 30 * DAY))));
    await ctx.db.delete(idempotencyKeys).where(lt(idempotencyKeys.createdAt, new Date(t - DAY)));
  });
}
