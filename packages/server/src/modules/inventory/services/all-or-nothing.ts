import { inTransaction, type Ctx, type Result } from '../../../platform/index.ts';

class Refusal {
  constructor(readonly result: Result<never>) {}
}

export interface AllOrNothingOptions {
  /**
   * The caller rolls back its whole transaction when this refuses (a workflow step whose refusal fails
   * the workflow): no savepoint is needed, which saves two round trips.
   */
  refusalAbortsTransaction?: boolean;
}

/**
 * Runs a multi-step write that must apply completely or not at all, and still reports refusals as
 * values. Inside a caller's transaction it uses a savepoint: a refused call undoes only its own
 * writes, and the caller decides what to do with the rest of its work.
 */
export async function allOrNothing<T>(
  ctx: Ctx,
  fn: (tx: Ctx) => Promise<Result<T>>,
  options: AllOrNothingOptions = {},
): Promise<Result<T>> {
  // The caller's whole transaction rolls back on a refusal: its rollback is the all-or-nothing.
  if (options.refusalAbortsTransaction && ctx.inTransaction) return fn(ctx);
  const attempt = async (tx: Ctx) => {
    const result = await fn(tx);
    if (!result.ok) throw new Refusal(result);
    return result;
  };
  try {
    return await inTransaction(ctx, (tx) =>
      ctx.inTransaction ? tx.db.transaction((savepoint) => attempt({ ...tx, db: savepoint })) : attempt(tx),
    );
  } catch (err) {
    if (err instanceof Refusal) return err.result;
    throw err;
  }
}
