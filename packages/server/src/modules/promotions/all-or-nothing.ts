import type { Ctx, Result } from '../../platform/index.ts';

class Refused extends Error {
  constructor(readonly failure: Extract<Result<never>, { ok: false }>) {
    super(failure.code);
  }
}

/**
 * Runs `fn` in a transaction of its own (a savepoint inside the caller's) and rolls it back when `fn`
 * answers a failure, so a refusal after the first conditional update leaves no counter moved.
 */
export async function allOrNothing<T>(ctx: Ctx, fn: (tx: Ctx) => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await ctx.db.transaction(async (db) => {
      const result = await fn({ ...ctx, db, inTransaction: true });
      if (!result.ok) throw new Refused(result);
      return result;
    });
  } catch (err) {
    if (err instanceof Refused) return err.failure;
    throw err;
  }
}
