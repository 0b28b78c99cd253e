import { and, eq } from 'drizzle-orm';
import { emit, fail, inTransaction, newId, ok, type Ctx, type Result } from '../../../platform/index.ts';
import { TrackingEventInput, type ShipmentView } from '../contracts.ts';
import { shipments, trackingEvents } from '../schema.ts';
import { checkInput } from '../validate.ts';
import { toShipmentViews } from './shipment-views.ts';

/**
 * Appends a carrier scan. The shipment takes the status of its latest scan by time, so a late-arriving
 * older scan does not move it backwards. `shipment.delivered` is emitted once, on the first delivered
 * scan; a resent scan is stored once.
 */
export async function addTrackingEvent(
  ctx: Ctx,
  shipmentId: string,
  raw: TrackingEventInput,
): Promise<Result<ShipmentView>> {
  const parsed = checkInput(TrackingEventInput, raw);
  if (!parsed.ok) return parsed;
  const input = parsed.value;
  const occurredAt = new Date(input.occurredAt);
  if (Number.isNaN(occurredAt.getTime())) return fail('VALIDATION_FAILED', '/occurredAt: not a date-time');
  return inTransaction(ctx, async (tx) => {
    const where = and(eq(shipments.merchantId, ctx.merchantId), eq(shipments.id, shipmentId));
    const [shipment] = await tx.db.select().from(shipments).where(where).for('update');
    if (!shipment) return fail('SHIPMENT_NOT_FOUND');
    if (shipment.status === 'cancelled') return fail('SHIPMENT_NOT_FOUND', 'The shipment was cancelled');
    const inserted = await tx.db
      .insert(trackingEvents)
      .values({
        id: newId('trk'),
        merchantId: ctx.merchantId,
        shipmentId,
        occurredAt,
        status: input.status,
        description: input.description,
        location: input.location ?? null,
      })
      .onConflictDoNothing()
      .returning({ id: trackingEvents.id });
    const isLatest = !shipment.lastEventAt || occurredAt >= shipment.lastEventAt;
    const firstDelivery = input.status === 'delivered' && !shipment.deliveredAt;
    if (inserted.length > 0 && (isLatest || firstDelivery)) {
      const [updated] = await tx.db
        .update(shipments)
        .set({
          ...(isLatest ? { status: input.status, lastEventAt: occurredAt } : {}),
          ...(firstDelivery ? { deliveredAt: occurredAt } : {}),
          updatedAt: new Date(),
        })
        .where(where)
        .returning();
      if (firstDelivery) {
        await emit(tx, 'shipment.delivered', { orderId: shipment.orderId, shipmentId });
      }
      const [view] = await toShipmentViews(tx, [updated!]);
      return ok(view!);
    }
    const [view] = await toShipmentViews(tx, [shipment]);
    return ok(view!);
  });
}
