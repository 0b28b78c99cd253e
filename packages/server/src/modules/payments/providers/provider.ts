import type { Ctx, Result } from '../../../platform/index.ts';
import type { PaymentMethod } from '../schema.ts';
import type { NextAction } from '../views.ts';

export interface ChargeRequest {
  paymentId: string;
  orderId: string;
  amount: number;
  currency: string;
  method: PaymentMethod;
  instalments: number | null;
  returnUrl: string | null;
}

export interface RefundRequest {
  providerRef: string;
  /** Our refund id: providers that support it use it as their idempotency key. */
  refundId: string;
  amount: number;
  currency: string;
  reason: string;
}

/** A provider's webhook, verified and translated into the few facts the payments module acts on. */
export interface ProviderEvent {
  eventId: string;
  merchantId: string;
  providerRef: string;
  outcome: 'succeeded' | 'failed';
  amount: number;
  currency: string;
  instalments: number | null;
  reason: string | null;
}

export type WebhookHeaders = Record<string, string | string[] | undefined>;

/**
 * A payment provider (strategy). The sandbox gateway is the default; a real one (WeChat Pay, Alipay,
 * a card acquirer) implements the same four operations and is registered in `paymentProviders`.
 *
 * createCharge and refund run inside the caller's transaction: keep them short, and make refund
 * idempotent on `refundId` so a rolled-back, retried refund is not paid out twice.
 */
export interface PaymentProvider {
  readonly id: string;
  createCharge(
    ctx: Ctx,
    charge: ChargeRequest,
  ): Promise<Result<{ providerRef: string; nextAction: NextAction }>>;
  refund(ctx: Ctx, refund: RefundRequest): Promise<Result<{ providerRefundRef: string }>>;
  /** Stops a pending charge from being paid later (the order's payment window closed). */
  closeCharge(ctx: Ctx, providerRef: string): Promise<void>;
  /** Checks the signature over the exact bytes received, then reads the event. */
  parseWebhook(rawBody: string, headers: WebhookHeaders, now: Date): Result<ProviderEvent>;
}
