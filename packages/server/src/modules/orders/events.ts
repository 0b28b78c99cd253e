import type { OrderStatus } from './state-machine.ts';

declare module '../../platform/events/index.ts' {
  interface DomainEventMap {
    'order.placed': { orderId: string; customerId: string; total: number; currency: string };
    'order.status_changed': { orderId: string; customerId: string; from: OrderStatus; to: OrderStatus };
  }
}

declare module '../../platform/jobs/index.ts' {
  interface JobMap {
    /** Closes a delivered order once the shopper has had time to confirm receipt. */
    'order.auto_complete': { orderId: string };
  }
}

/** A delivered order completes on its own after this long, as marketplaces auto-confirm receipt. */
export const AUTO_COMPLETE_AFTER_MS = 7 * 24 * 60 * 60 * 1000;
