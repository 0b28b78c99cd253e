/** Shipping's domain events; orders subscribe to move a shipped order to delivered. */
declare module '../../platform/events/index.ts' {
  interface DomainEventMap {
    'shipment.delivered': { orderId: string; shipmentId: string };
  }
}

export {};
