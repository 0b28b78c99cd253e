import { sql } from 'drizzle-orm';
import type { Ctx } from '../context.ts';
import { preparedStatement } from '../db/index.ts';
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
  await insertEvent(ctx.db, {
    id: newId('evt'),
    merchantId: ctx.merchantId,
    type,
    payload,
    requestId: ctx.requestId,
  });
}

// One per state change everywhere: prepared once (see preparedStatement).
const insertEvent = preparedStatement('outbox_insert', (db) =>
  db.insert(outboxEvents).values({
    id: sql.placeholder('id'),
    merchantId: sql.placeholder('merchantId'),
    type: sql.placeholder('type'),
    payload: sql.placeholder('payload'),
    requestId: sql.placeholder('requestId'),
  }),
);
