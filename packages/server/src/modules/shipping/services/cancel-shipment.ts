import { and, eq } from 'drizzle-orm';
import { fail, inTransaction, ok, type Ctx, type Result } from '../../../platform/index.ts';
import type { ShipmentView } from '../contracts.ts';
import { shipments } from '../schema.ts';
import { toShipmentViews } from './shipment-views.ts';

/**
 * Voids a shipment recorded by mistake (or the compensation of a failed ship workflow). A delivered
 * shipment stays: the parcel has arrived.
 */
export async function cancelShipment(ctx: Ctx, shipmentId: string): Promise<Result<ShipmentView>> {
  return inTransaction(ctx, async (tx) => {
    const where = and(eq(shipments.merchantId, ctx.merchantId), eq(shipments.id, shipmentId));
    const [current] = await tx.db.select().from(shipments).where(where).for('update');
    if (!current) return fail('SHIPMENT_NOT_FOUND');
    if (current.deliveredAt) return fail('SHIPMENT_ALREADY_DELIVERED');
    const [row] = await tx.db
      .update(shipments)
      .set({ status: 'cancelled', updatedAt: new Date() })
      .where(where)
      .returning();
    const [view] = await toShipmentViews(tx, [row!]);
    return ok(view!);
  });
}
