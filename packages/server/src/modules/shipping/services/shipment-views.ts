import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Ctx } from '../../../platform/index.ts';
import type { ShipmentView } from '../contracts.ts';
import { trackingEvents, type ShipmentRow } from '../schema.ts';

export async function toShipmentViews(ctx: Ctx, rows: readonly ShipmentRow[]): Promise<ShipmentView[]> {
  const ids = rows.map((r) => r.id);
  const events =
    ids.length === 0
      ? []
      : await ctx.db
          .select()
          .from(trackingEvents)
          .where(and(eq(trackingEvents.merchantId, ctx.merchantId), inArray(trackingEvents.shipmentId, ids)))
          .orderBy(desc(trackingEvents.occurredAt), desc(trackingEvents.id));
  return rows.map((row) => ({
    id: row.id,
    orderId: row.orderId,
    carrier: row.carrier,
    trackingNumber: row.trackingNumber,
    status: row.status,
    shippedAt: row.shippedAt.toISOString(),
    deliveredAt: row.deliveredAt?.toISOString() ?? null,
    events: events
      .filter((e) => e.shipmentId === row.id)
      .map((e) => ({
        id: e.id,
        occurredAt: e.occurredAt.toISOString(),
        status: e.status,
        description: e.description,
        location: e.location,
      })),
  }));
}
