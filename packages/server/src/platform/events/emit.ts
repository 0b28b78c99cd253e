import { sql } from 'drizzle-orm';
import type { Ctx } from '../context.ts';
import { preparedStatement, type Db } from '../db/index.ts';
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

/**
 * The outbox insert of `emit`, as a data-modifying CTE for a module that writes its change in one
 * prepared statement (see preparedStatement): `db.with(event, ...).insert(...)`. Its placeholders are
 * filled by `eventValues`; the event is in the statement, so it still commits exactly with the change.
 */
export function outboxEventCte(db: Db) {
  const p = (name: string) => sql.placeholder(name);
  return db.$with('outbox_event').as(
    db
      .insert(outboxEvents)
      .values({
        id: p('event.id'),
        merchantId: p('event.merchantId'),
        type: p('event.type'),
        payload: p('event.payload'),
        requestId: p('event.requestId'),
      })
      .returning({ id: outboxEvents.id }),
  );
}

/** The placeholder values of `outboxEventCte` for one event. */
export function eventValues<T extends DomainEventType>(
  ctx: Ctx,
  type: T,
  payload: DomainEventMap[T],
): Record<string, unknown> {
  return {
    'event.id': newId('evt'),
    'event.merchantId': ctx.merchantId,
    'event.type': type,
    'event.payload': payload,
    'event.requestId': ctx.requestId,
  };
}
