import { customerIdOf, type Ctx } from '../../../platform/index.ts';
import { personalisationMode } from '../../privacy/index.ts';
import { recommendEvents } from '../schema.ts';
import { deviceCode, eventCode, type DeviceClass, type EventType } from './event-types.ts';

export interface ClientEvent {
  type: EventType;
  productId?: string | undefined;
  /** The client's clock when it happened (ISO 8601). */
  at: string;
  value?: number | undefined;
}

export interface EventBatch {
  sessionId: string;
  device: DeviceClass;
  events: readonly ClientEvent[];
}

/** Tells which of these product ids name products on sale at the merchant. */
export type ProductLookup = (ctx: Ctx, productIds: readonly string[]) => Promise<ReadonlySet<string>>;

// A client clock this far off is not trusted: the event is stamped with the server's time instead.
const MAX_PAST_MS = 24 * 60 * 60_000;
const MAX_FUTURE_MS = 5 * 60_000;

/**
 * Stores a storefront batch. Events about products the merchant does not sell are dropped, not refused: a
 * stale page may still show an archived product. Without personalisation consent (guests, or a shopper who
 * withdrew) the rows carry only the session id, so nothing ties them to the person.
 */
export async function recordEvents(
  ctx: Ctx,
  batch: EventBatch,
  options: { now: Date; knownProducts: ProductLookup },
): Promise<{ accepted: number; ignored: number }> {
  const ids = [...new Set(batch.events.flatMap((e) => (e.productId ? [e.productId] : [])))];
  const known = ids.length > 0 ? await options.knownProducts(ctx, ids) : new Set<string>();
  const customerId = personalisationMode(ctx) === 'personalised' ? (customerIdOf(ctx) ?? null) : null;
  const now = options.now.getTime();
  const rows = batch.events.flatMap((event) => {
    const needsProduct = event.type !== 'search';
    if (needsProduct && (!event.productId || !known.has(event.productId))) return [];
    const clientAt = Date.parse(event.at);
    const trusted = clientAt >= now - MAX_PAST_MS && clientAt <= now + MAX_FUTURE_MS;
    return [
      {
        merchantId: ctx.merchantId,
        sessionKey: batch.sessionId,
        customerId,
        type: eventCode(event.type),
        productId: event.productId && known.has(event.productId) ? event.productId : null,
        value: event.value ?? null,
        device: deviceCode(batch.device),
        at: new Date(trusted ? Math.min(clientAt, now) : now),
      },
    ];
  });
  if (rows.length > 0) await ctx.db.insert(recommendEvents).values(rows);
  return { accepted: rows.length, ignored: batch.events.length - rows.length };
}
