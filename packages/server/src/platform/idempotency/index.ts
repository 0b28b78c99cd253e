import { createHash } from 'node:crypto';
import { and, eq, sql, type Placeholder } from 'drizzle-orm';
import { placeholderAs, preparedStatement } from '../db/index.ts';
import { AppError } from '../errors/index.ts';
import { inTransaction, type Ctx } from '../context.ts';
import { idempotencyKeys } from '../schema.ts';

export interface StoredResponse {
  statusCode: number;
  body: unknown;
}

export const IDEMPOTENCY_KEY_PATTERN = '^[A-Za-z0-9_\\-:.]{8,128}$';

export function hashRequest(parts: unknown): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

/**
 * Stores the answer before the work's last statements, so rows the work locks last (a checkout's stock)
 * are held only until commit, not also across the answer's UPDATE. The answer must be final: the work
 * returns this same answer, and a later failure rolls it back with everything else.
 */
export type StoreAnswerEarly = (response: StoredResponse) => Promise<void>;

/**
 * Runs `fn` at most once per (merchant, scope, key). The key row is inserted in the same transaction as
 * the work: a concurrent duplicate waits on the unique index until the first commits and then replays
 * its stored response; if the first rolls back, the duplicate runs the work itself. A crash therefore
 * never leaves a key that blocks retries.
 */
export async function withIdempotency(
  ctx: Ctx,
  scope: string,
  key: string,
  requestHash: string,
  fn: (tx: Ctx, storeEarly: StoreAnswerEarly) => Promise<StoredResponse>,
): Promise<StoredResponse & { replayed: boolean }> {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const outcome = await inTransaction(ctx, async (tx) => {
      const claimed = await claimKey(tx.db, { merchantId: ctx.merchantId, scope, key, requestHash });
      if (claimed.length === 0) return undefined;
      let stored: StoredResponse | undefined;
      const store = async (response: StoredResponse) => {
        if (stored) throw new Error('an idempotent answer is stored once');
        await storeResponse(tx.db, {
          merchantId: ctx.merchantId,
          scope,
          key,
          statusCode: response.statusCode,
          response: await sealResponse(tx, scope, key, response.body),
        });
        stored = response;
      };
      const response = await fn(tx, store);
      if (!stored) await store(response);
      else if (stored.statusCode !== response.statusCode || stored.body !== response.body)
        throw new Error('the answer differs from the one stored early');
      return { ...response, replayed: false };
    });
    if (outcome) return outcome;
    const [stored] = await ctx.db
      .select()
      .from(idempotencyKeys)
      .where(keyMatch(ctx.merchantId, scope, key));
    if (!stored) continue; // the first attempt rolled back between our insert and this read: try to claim it
    if (stored.requestHash !== requestHash) throw new AppError('IDEMPOTENCY_KEY_REUSED');
    return {
      statusCode: stored.statusCode,
      body: await openResponse(ctx, scope, key, stored.response),
      replayed: true,
    };
  }
  throw new Error('idempotency key could not be claimed');
}

// Every money-moving POST runs these two: prepared once (see preparedStatement).
const claimKey = preparedStatement('idempotency_claim', (db) =>
  db
    .insert(idempotencyKeys)
    .values({
      merchantId: sql.placeholder('merchantId'),
      scope: sql.placeholder('scope'),
      key: sql.placeholder('key'),
      requestHash: sql.placeholder('requestHash'),
      statusCode: 0,
      response: {},
    })
    .onConflictDoNothing()
    .returning({ key: idempotencyKeys.key }),
);

const storeResponse = preparedStatement('idempotency_store', (db) =>
  db
    .update(idempotencyKeys)
    .set({
      statusCode: placeholderAs('statusCode', idempotencyKeys.statusCode),
      response: placeholderAs('response', idempotencyKeys.response),
    })
    .where(keyMatch(sql.placeholder('merchantId'), sql.placeholder('scope'), sql.placeholder('key'))),
);

function keyMatch(merchantId: string | Placeholder, scope: string | Placeholder, key: string | Placeholder) {
  return and(
    eq(idempotencyKeys.merchantId, merchantId),
    eq(idempotencyKeys.scope, scope),
    eq(idempotencyKeys.key, key),
  );
}

/**
 * A stored response repeats what the caller was told, personal data included (an order's address), so
 * it is sealed under the caller's own data key: erasure shreds it with everything else of theirs.
 */
function subjectOf(ctx: Ctx): string | undefined {
  if (ctx.actor.kind === 'shopper') return ctx.actor.customerId;
  if (ctx.actor.kind === 'staff') return ctx.actor.staffId;
  return undefined;
}

function refOf(ctx: Ctx, subjectId: string, scope: string, key: string) {
  return {
    subjectId,
    table: 'idempotency_keys',
    column: 'response',
    rowId: `${ctx.merchantId}:${scope}:${key}`,
  };
}

async function sealResponse(ctx: Ctx, scope: string, key: string, body: unknown): Promise<object> {
  const subjectId = subjectOf(ctx);
  if (!subjectId) return body as object;
  return {
    sealed: await ctx.privacy.vault.seal(ctx, refOf(ctx, subjectId, scope, key), JSON.stringify(body)),
  };
}

async function openResponse(ctx: Ctx, scope: string, key: string, stored: unknown): Promise<unknown> {
  const subjectId = subjectOf(ctx);
  const sealed = (stored as { sealed?: unknown }).sealed;
  if (!subjectId || typeof sealed !== 'string') return stored;
  const plain = await ctx.privacy.vault.open(ctx, refOf(ctx, subjectId, scope, key), sealed);
  if (plain === undefined) throw new Error('the stored response belongs to an erased person');
  return JSON.parse(plain) as unknown;
}
