import { and, eq, ne } from 'drizzle-orm';
import { fail, inTransaction, newId, ok, type Ctx, type Result } from '../../../platform/index.ts';
import { ShipmentInput, type ShipmentView } from '../contracts.ts';
import { shipments } from '../schema.ts';
import { checkInput } from '../validate.ts';
import { toShipmentViews } from './shipment-views.ts';

/**
 * Records a parcel handed to a carrier for an order (the orders workflow calls this when it ships).
 * Repeating the call for the same order and tracking number returns the first shipment, so a retried
 * workflow step does not create a second one.
 */
export async function createShipment(ctx: Ctx, raw: ShipmentInput): Promise<Result<ShipmentView>> {
  const parsed = checkInput(ShipmentInput, raw);
  if (!parsed.ok) return parsed;
  const input = { ...parsed.value, carrier: parsed.value.carrier.trim().toUpperCase() };
  return inTransaction(ctx, async (tx) => {
    const [existing] = await tx.db
      .select()
      .from(shipments)
      .where(
        and(
          eq(shipments.merchantId, ctx.merchantId),
          eq(shipments.carrier, input.carrier),
          eq(shipments.trackingNumber, input.trackingNumber),
          ne(shipments.status, 'cancelled'),
        ),
      )
      .for('update');
    if (existing) {
      if (existing.orderId !== input.orderId) return fail('TRACKING_NUMBER_TAKEN');
      const [view] = await toShipmentViews(tx, [existing]);
      return ok(view!);
    }
    const [row] = await tx.db
      .insert(shipments)
      .values({ id: newId('ship'), merchantId: ctx.merchantId, status: 'in_transit', ...input })
      .returning();
    const [view] = await toShipmentViews(tx, [row!]);
    return ok(view!);
  });
}
