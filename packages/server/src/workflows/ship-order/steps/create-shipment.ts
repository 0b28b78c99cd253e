import { createShipment, type ShipmentView } from '../../../modules/shipping/index.ts';
import { undoneByRollback, type Step } from '../../runner.ts';

/** Records the parcel with shipping, which tracks it and reports delivery. */
export const createShipmentStep: Step<
  { orderId: string; carrier: string; trackingNumber: string },
  ShipmentView
> = {
  name: 'create-shipment',
  invoke: (ctx, input) => createShipment(ctx, input),
  compensate: undoneByRollback,
};
