import type { Ctx, Result } from '../platform/index.ts';

type Failure = Extract<Result<never>, { ok: false }>;

/**
 * One step of a workflow (Medusa's createStep). `compensate` undoes the step after a later one fails;
 * the transaction's rollback already undoes database writes, so it matters for what lives outside the
 * database (a gateway call). Steps with nothing outside use `undoneByRollback`.
 */
export interface Step<I, O> {
  readonly name: string;
  invoke(ctx: Ctx, input: I): Promise<Result<O>>;
  compensate(ctx: Ctx, output: O): Promise<void>;
}

export const undoneByRollback = async (): Promise<void> => undefined;

export type RunStep = <I, O>(step: Step<I, O>, input: I) => Promise<O>;

class StepFailed extends Error {
  constructor(
    readonly step: string,
    readonly failure: Failure,
  ) {
    super(`${step} failed: ${failure.code}`);
  }
}

/** Thrown when undoing a failed workflow itself failed: the outside world may now disagree with the database. */
export class CompensationFailed extends AggregateError {}

export interface WorkflowOptions {
  /**
   * The caller rolls its whole transaction back whenever the workflow fails (an idempotent route, whose
   * failure takes the key back with it). The steps then run in the caller's transaction directly, without
   * a savepoint of their own (two round trips less). Only for workflows whose compensations do not write
   * to the database: they run before the caller's rollback.
   */
  callerRollsBackOnFailure?: boolean;
}

/**
 * Runs a workflow's steps in one transaction (a savepoint when the caller has one open). The body reads
 * as the story: `const cart = await run(loadCart, undefined)`. When a step returns a failure (or
 * throws), the transaction rolls back and completed steps are compensated in reverse order, outside
 * the rolled-back transaction; the failure comes back as the workflow's result.
 */
export async function runWorkflow<T>(
  ctx: Ctx,
  body: (run: RunStep, tx: Ctx) => Promise<T>,
  options: WorkflowOptions = {},
): Promise<Result<T>> {
  const completed: { step: Step<unknown, unknown>; output: unknown }[] = [];
  const inside = async (tx: Ctx) => {
    const run: RunStep = async (step, input) => {
      const result = await step.invoke(tx, input);
      if (!result.ok) throw new StepFailed(step.name, result);
      completed.push({ step: step as Step<unknown, unknown>, output: result.value });
      return result.value;
    };
    return body(run, tx);
  };
  try {
    const value =
      options.callerRollsBackOnFailure && ctx.inTransaction
        ? await inside(ctx)
        : await ctx.db.transaction((db) => inside({ ...ctx, db, inTransaction: true }));
    return { ok: true, value };
  } catch (err) {
    const errors: unknown[] = [];
    for (const { step, output } of completed.reverse()) {
      try {
        await step.compensate(ctx, output);
      } catch (compensationError) {
        errors.push(compensationError);
      }
    }
    if (errors.length > 0) throw new CompensationFailed([err, ...errors], 'a workflow could not be undone');
    if (err instanceof StepFailed) return err.failure;
    throw err;
  }
}
