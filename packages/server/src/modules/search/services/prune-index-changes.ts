import { lt, sql } from 'drizzle-orm';
import type { Ctx } from '../../../platform/index.ts';
import { searchIndexChanges } from '../schema.ts';

declare module '../../../platform/jobs/index.ts' {
  interface JobMap {
    'search.prune_index_changes': Record<string, never>;
  }
}

/**
 * How long a change is kept. A process applies changes before each search; one that has not looked for
 * REBUILD_AFTER_MS rebuilds its index instead (search-indexes.ts), so a row older than this has been applied by
 * every process that will ever read it. The gap between the two covers clock skew and a slow rebuild.
 */
export const INDEX_CHANGE_RETENTION_MS = 60 * 60_000;
export const REBUILD_AFTER_MS = 30 * 60_000;
export const PRUNE_EVERY_MS = 10 * 60_000;

/** Deletes search_index_changes rows every process has applied, across merchants; returns how many. */
export async function pruneIndexChanges(ctx: Ctx): Promise<number> {
  // The database's clock, the one that stamped changed_at.
  const cutoff = sql`now() - make_interval(secs => ${INDEX_CHANGE_RETENTION_MS / 1000})`;
  const removed = await ctx.db
    .delete(searchIndexChanges)
    .where(lt(searchIndexChanges.changedAt, cutoff))
    .returning({ id: searchIndexChanges.id });
  return removed.length;
}
