import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import {
  AppError,
  hashRequest,
  IDEMPOTENCY_KEY_PATTERN,
  withIdempotency,
  type Ctx,
} from '../platform/index.ts';

const HEADER = 'idempotency-key';

export const IdempotencyHeaders = Type.Object({
  [HEADER]: Type.Optional(
    Type.String({
      pattern: IDEMPOTENCY_KEY_PATTERN,
      maxLength: 128,
      description: 'Required: one key per intended action',
    }),
  ),
});

/**
 * Answers a money-moving POST at most once per Idempotency-Key: a repeat replays the first answer
 * (Stripe's semantics). Keys are per caller, so two shoppers can never collide on one. `work` ends the
 * request with an AppError on failure, which rolls the key back too, so the same key may be retried.
 * `work` may store its final answer early (`storeEarly(body)`, then return that same body) before
 * locking hot rows.
 */
export async function answerIdempotently(
  request: FastifyRequest,
  reply: FastifyReply,
  scope: string,
  work: (tx: Ctx, storeEarly: (body: unknown) => Promise<void>) => Promise<unknown>,
  statusCode = 201,
): Promise<FastifyReply> {
  const key = request.headers[HEADER];
  if (typeof key !== 'string' || key.length === 0) throw new AppError('IDEMPOTENCY_KEY_REQUIRED');
  const { ctx } = request;
  const caller =
    ctx.actor.kind === 'shopper'
      ? ctx.actor.customerId
      : ctx.actor.kind === 'staff'
        ? ctx.actor.staffId
        : 'anonymous';
  const requestHash = hashRequest({ url: request.url, body: request.body ?? null });
  const answer = await withIdempotency(ctx, `${scope}:${caller}`, key, requestHash, async (tx, store) => ({
    statusCode,
    body: await work(tx, (body) => store({ statusCode, body })),
  }));
  reply.header('idempotent-replayed', String(answer.replayed));
  return reply.status(answer.statusCode).send(answer.body);
}
