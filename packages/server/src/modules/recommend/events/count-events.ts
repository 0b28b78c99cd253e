import { and, eq, gte, lt, sql } from 'drizzle-orm';
import type { Ctx } from '../../../platform/index.ts';
import { recommendEvents } from '../schema.ts';
import { EVENT_TYPES, eventTypeOf, type EventType } from './event-types.ts';

/**
 * For the funnel: how many distinct shoppers did each thing in [from, to). A shopper is the person when
 * the events were joined to one (consent), else the session; purchases from paid orders count per order
 * unless joined to the person.
 */
export async function countEvents(
  ctx: Ctx,
  range: { from: Date; to: Date },
): Promise<Record<EventType, number>> {
  const who = sql`coalesce(${recommendEvents.customerId}, ${recommendEvents.sessionKey})`;
  const rows = await ctx.db
    .select({ type: recommendEvents.type, count: sql<number>`count(distinct ${who})::int` })
    .from(recommendEvents)
    .where(
      and(
        eq(recommendEvents.merchantId, ctx.merchantId),
        gte(recommendEvents.at, range.from),
        lt(recommendEvents.at, range.to),
      ),
    )
    .groupBy(recommendEvents.type);
  const counts = Object.fromEntries(EVENT_TYPES.map((t) => [t, 0])) as Record<EventType, number>;
  for (const row of rows) {
    const type = eventTypeOf(row.type);
    if (type) counts[type] = Number(row.count);
  }
  return counts;
}
