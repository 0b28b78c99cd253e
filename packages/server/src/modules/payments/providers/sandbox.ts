import { Value } from 'typebox/value';
import { fail, ok, type Result } from '../../../platform/index.ts';
import { closeSandboxCharge, openSandboxCharge, refundSandboxCharge } from '../sandbox-gateway/charges.ts';
import { SandboxEventSchema } from '../sandbox-gateway/event.ts';
import { SIGNATURE_HEADER, verifySandboxSignature } from '../sandbox-gateway/signature.ts';
import type { NextAction } from '../views.ts';
import type { ChargeRequest, PaymentProvider, ProviderEvent } from './provider.ts';

export const SANDBOX_PROVIDER_ID = 'sandbox';

export interface SandboxProviderOptions {
  webhookSecret: string;
  /** Base of the links handed to shoppers' clients. */
  publicUrl: string;
}

/** The built-in provider: it talks to the in-process sandbox gateway as a real adapter talks to its API. */
export function createSandboxProvider(options: SandboxProviderOptions): PaymentProvider {
  const pageUrl = (providerRef: string) =>
    `${options.publicUrl.replace(/\/+$/, '')}/sandbox-gateway/payments/${providerRef}`;
  return {
    id: SANDBOX_PROVIDER_ID,

    async createCharge(ctx, charge) {
      const providerRef = await openSandboxCharge(ctx, charge);
      return ok({ providerRef, nextAction: nextActionFor(charge, providerRef, pageUrl(providerRef)) });
    },

    async refund(ctx, refund) {
      const refunded = await refundSandboxCharge(ctx, refund.providerRef, refund.amount);
      return refunded.ok ? ok({ providerRefundRef: refunded.value }) : refunded;
    },

    async closeCharge(ctx, providerRef) {
      await closeSandboxCharge(ctx, providerRef);
    },

    parseWebhook(rawBody, headers, now): Result<ProviderEvent> {
      const header = headers[SIGNATURE_HEADER];
      if (
        !verifySandboxSignature(
          options.webhookSecret,
          rawBody,
          typeof header === 'string' ? header : undefined,
          now,
        )
      ) {
        return fail('WEBHOOK_SIGNATURE_INVALID');
      }
      let parsed: unknown;
      try {
        parsed = JSON.parse(rawBody);
      } catch {
        return fail('MALFORMED_BODY');
      }
      if (!Value.Check(SandboxEventSchema, parsed))
        return fail('VALIDATION_FAILED', 'not a sandbox gateway event');
      const { id, type, data } = parsed;
      return ok({
        eventId: id,
        merchantId: data.merchantId,
        providerRef: data.providerRef,
        outcome: type === 'charge.succeeded' ? 'succeeded' : 'failed',
        amount: data.amount,
        currency: data.currency,
        instalments: data.instalments,
        reason: data.reason,
      });
    },
  };
}

function nextActionFor(charge: ChargeRequest, providerRef: string, url: string): NextAction {
  switch (charge.method) {
    case 'wechat_qr':
      // What WeChat Pay's Native mode encodes in its QR code; the sandbox page simulates the scan.
      return { type: 'qr', qrContent: `weixin://wxpay/bizpayurl?pr=${providerRef}`, url };
    case 'alipay_redirect':
      return { type: 'redirect', url };
    case 'card':
    case 'instalments':
      return { type: 'card_form', url };
    case 'wallet':
      return { type: 'wallet_confirm', url };
  }
}
