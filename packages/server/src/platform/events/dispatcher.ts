import { and, asc, eq, inArray, isNull, lt, sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { PrivacyPort } from '../privacy.ts';
import { systemCtx, type Ctx } from '../context.ts';
import type { Db } from '../db/index.ts';
import { outboxEvents } from '../schema.ts';
import type { DomainEvent, DomainEventType } from './event-map.ts';

/**
 * `ctx` is a system context on the delivery's transaction (its merchant is the event's): use it for any
 * database work, so the work commits with the delivery. On PGlite, a query outside it would wait for
 * the delivery's transaction to end, forever.
 */
export type Subscriber<T extends DomainEventType = DomainEventType> = (
  event: DomainEvent<T>,
  ctx: Ctx,
) => Promise<void>;

/**
 * Runs after the delivery that ran the subscriber has committed, outside any transaction: for telling
 * other processes (shared cache versions), which must not happen before the subscriber's writes are
 * visible. At most once per delivery; its errors are logged, the event stays delivered.
 */
export type AfterCommit<T extends DomainEventType = DomainEventType> = (
  event: DomainEvent<T>,
) => Promise<void>;

const MAX_ATTEMPTS = 10;

/**
 * Delivers committed outbox events to in-process subscribers, at least once. Several processes may
 * poll one database: SKIP LOCKED hands each event to one of them.
 */
export class OutboxDispatcher {
  private readonly subscribers = new Map<string, Subscriber[]>();
  private readonly afterCommits = new Map<string, AfterCommit[]>();
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = true;

  constructor(
    private readonly db: Db,
    private readonly log: FastifyBaseLogger,
    private readonly privacy: PrivacyPort,
    private readonly intervalMs = 100,
  ) {}

  on<T extends DomainEventType>(
    type: T,
    subscriber: Subscriber<T>,
    options: { afterCommit?: AfterCommit<T> } = {},
  ): void {
    const list = this.subscribers.get(type) ?? [];
    list.push(subscriber as Subscriber);
    this.subscribers.set(type, list);
    if (options.afterCommit) {
      const after = this.afterCommits.get(type) ?? [];
      after.push(options.afterCommit as AfterCommit);
      this.afterCommits.set(type, after);
    }
  }

  start(): void {
    this.stopped = false;
    this.schedule();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** Delivers what is pending now; tests call it to step deterministically. */
  async drain(): Promise<number> {
    let total = 0;
    for (;;) {
      const n = await this.deliverBatch(100);
      total += n;
      if (n === 0) return total;
    }
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.drain()
        .then(() => undefined)
        .catch((err: unknown) => this.log.error({ err }, 'outbox delivery failed'))
        .finally(() => this.schedule());
    }, this.intervalMs);
    this.timer.unref();
  }

  private async deliverBatch(limit: number): Promise<number> {
    const announce: DomainEvent[] = [];
    const count = await this.db.transaction(async (tx) => {
      const batch = await tx
        .select()
        .from(outboxEvents)
        .where(and(isNull(outboxEvents.deliveredAt), lt(outboxEvents.attempts, MAX_ATTEMPTS)))
        .orderBy(asc(outboxEvents.createdAt), asc(outboxEvents.id))
        .limit(limit)
        .for('update', { skipLocked: true });
      if (batch.length === 0) return 0;
      const delivered: string[] = [];
      for (const row of batch) {
        const event = row as unknown as DomainEvent;
        const subscribers = this.subscribers.get(row.type) ?? [];
        // Nobody listens (order.placed, say: one per checkout): delivered, without a savepoint round trip.
        if (subscribers.length === 0) {
          delivered.push(row.id);
          continue;
        }
        try {
          // A savepoint per event, so a failing subscriber's writes roll back while the batch goes on.
          await tx.transaction(async (inner) => {
            const ctx = {
              ...systemCtx(inner, row.merchantId, `event:${row.type}`, this.privacy),
              inTransaction: true,
            };
            for (const subscriber of subscribers) await subscriber(event, ctx);
          });
          delivered.push(row.id);
          if (this.afterCommits.has(row.type)) announce.push(event);
        } catch (err) {
          this.log.warn({ err, eventId: row.id, type: row.type }, 'subscriber failed; will retry');
          await tx
            .update(outboxEvents)
            .set({ attempts: sql`${outboxEvents.attempts} + 1`, lastError: String(err).slice(0, 500) })
            .where(eq(outboxEvents.id, row.id));
        }
      }
      if (delivered.length > 0) {
        await tx
          .update(outboxEvents)
          .set({ deliveredAt: new Date() })
          .where(inArray(outboxEvents.id, delivered));
      }
      // Failed events wait for the next tick rather than spinning inside this drain.
      return delivered.length;
    });
    for (const event of announce) {
      for (const after of this.afterCommits.get(event.type) ?? []) {
        await after(event).catch((err: unknown) =>
          this.log.error({ err, eventId: event.id, type: event.type }, 'after-commit hook failed'),
        );
      }
    }
    return count;
  }
}
