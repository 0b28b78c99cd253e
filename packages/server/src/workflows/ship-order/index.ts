import type { Ctx, Result } from '../../platform/index.ts';
import { transitionOrder } from '../../modules/orders/index.ts';
import type { ShipmentView } from '../../modules/shipping/index.ts';
import { runWorkflow } from '../runner.ts';
import { createShipmentStep } from './steps/create-shipment.ts';
import { markShippedStep } from './steps/mark-shipped.ts';

export interface ShipOrderInput {
  orderId: string;
  carrier: string;
  trackingNumber: string;
}

/** The merchant hands a paid order to a carrier. */
export async function shipOrderWorkflow(ctx: Ctx, input: ShipOrderInput): Promise<Result<ShipmentView>> {
  return runWorkflow(ctx, async (run) => {
    await run(markShippedStep, input);
    return run(createShipmentStep, input);
  });
}

/**
 * The `shipment.delivered` subscriber: shipped -> delivered. A repeat, or an order whose refund is
 * already requested, is left as it is.
 */
export async function markOrderDelivered(
  ctx: Ctx,
  event: { orderId: string; shipmentId: string },
): Promise<void> {
  const result = await transitionOrder(ctx, event.orderId, 'deliver', {
    onlyFrom: ['shipped'],
    reason: `shipment ${event.shipmentId} delivered`,
  });
  if (!result.ok && result.code !== 'ORDER_TRANSITION_INVALID') {
    throw new Error(`could not mark order ${event.orderId} delivered: ${result.code}`);
  }
}
