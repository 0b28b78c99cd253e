import type { Ctx } from '../context.ts';
import { newId } from '../ids.ts';
import { outboxEvents } from '../schema.ts';
import type { DomainEventMap, DomainEventType } from './event-map.ts';

/**
 * Records an event in the outbox using the caller's transaction: it is delivered if and only if the
 * change it describes commits. Call it inside inTransaction().
 */
export async function emit<T extends DomainEventType>(
  ctx: Ctx,
  type: T,
  payload: DomainEventMap[T],
): Promise<void> {
  await ctx.db.insert(outboxEvents).values({
    id: newId('evt'),
    merchantId: ctx.merchantId,
    type,
    payload: payload as object,
    requestId: ctx.requestId,
  });
}
