import type { PaymentMethod } from './schema.ts';

export interface PaymentSucceeded {
  paymentId: string;
  orderId: string;
  amount: number;
  currency: string;
  method: PaymentMethod;
}
export interface PaymentFailed {
  paymentId: string;
  orderId: string;
  reason: string;
}
export interface PaymentRefunded {
  paymentId: string;
  orderId: string;
  refundId: string;
  amount: number;
  fullyRefunded: boolean;
}

declare module '../../platform/events/index.ts' {
  interface DomainEventMap {
    'payment.succeeded': PaymentSucceeded;
    'payment.failed': PaymentFailed;
    'payment.refunded': PaymentRefunded;
  }
}

declare module '../../platform/jobs/index.ts' {
  interface JobMap {
    /** The sandbox gateway delivering one signed webhook; the body is signed at delivery time. */
    'payments.sandbox_webhook': { body: string };
  }
}
