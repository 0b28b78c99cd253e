import { and, asc, eq } from 'drizzle-orm';
import type { Ctx } from '../../../platform/index.ts';
import type { ShipmentView } from '../contracts.ts';
import { shipments } from '../schema.ts';
import { toShipmentViews } from './shipment-views.ts';

/** An order's shipments, oldest first, each with its scans newest first (cancelled ones included). */
export async function listShipments(ctx: Ctx, orderId: string): Promise<ShipmentView[]> {
  const rows = await ctx.db
    .select()
    .from(shipments)
    .where(and(eq(shipments.merchantId, ctx.merchantId), eq(shipments.orderId, orderId)))
    .orderBy(asc(shipments.id));
  return toShipmentViews(ctx, rows);
}
