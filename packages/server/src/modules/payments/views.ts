import { Type, type Static } from 'typebox';
import { CurrencyCode, MinorAmount, type Currency } from '../../platform/index.ts';
import { PAYMENT_METHODS, PAYMENT_STATUSES, type paymentRefunds, type payments } from './schema.ts';

export const PaymentMethodSchema = Type.Enum([...PAYMENT_METHODS]);
export const PaymentStatusSchema = Type.Enum([...PAYMENT_STATUSES]);
export const InstalmentsSchema = Type.Union([Type.Literal(3), Type.Literal(6), Type.Literal(12)]);

export const NextActionSchema = Type.Union([
  Type.Object(
    {
      type: Type.Literal('qr'),
      qrContent: Type.String({ description: 'Render as a QR code for the wallet app to scan' }),
      url: Type.String(),
    },
    { additionalProperties: false },
  ),
  Type.Object({ type: Type.Literal('redirect'), url: Type.String() }, { additionalProperties: false }),
  Type.Object({ type: Type.Literal('card_form'), url: Type.String() }, { additionalProperties: false }),
  Type.Object({ type: Type.Literal('wallet_confirm'), url: Type.String() }, { additionalProperties: false }),
]);
export type NextAction = Static<typeof NextActionSchema>;

export const PaymentSchema = Type.Object(
  {
    id: Type.String(),
    orderId: Type.String(),
    amount: MinorAmount,
    currency: CurrencyCode,
    method: PaymentMethodSchema,
    instalments: Type.Union([InstalmentsSchema, Type.Null()]),
    status: PaymentStatusSchema,
    provider: Type.String(),
    /** Null while the payment is held for review: no charge exists at the gateway yet. */
    providerRef: Type.Union([Type.String(), Type.Null()]),
    /** Only while the payment is pending: what the shopper still has to do. */
    nextAction: Type.Union([NextActionSchema, Type.Null()]),
    capturedAmount: MinorAmount,
    refundedAmount: MinorAmount,
    failureReason: Type.Union([Type.String(), Type.Null()]),
    createdAt: Type.String({ format: 'date-time' }),
    updatedAt: Type.String({ format: 'date-time' }),
  },
  { additionalProperties: false },
);
export type Payment = Static<typeof PaymentSchema>;
/** A payment whose charge was opened at the gateway: what createPayment and releaseHeldPayment return. */
export type OpenedPayment = Payment & { providerRef: string };

export const RefundSchema = Type.Object(
  {
    id: Type.String(),
    paymentId: Type.String(),
    amount: MinorAmount,
    currency: CurrencyCode,
    reason: Type.String(),
    status: Type.Union([Type.Literal('pending'), Type.Literal('succeeded'), Type.Literal('failed')]),
    createdAt: Type.String({ format: 'date-time' }),
  },
  { additionalProperties: false },
);
export type Refund = Static<typeof RefundSchema>;

export function toPayment(row: typeof payments.$inferSelect): Payment {
  return {
    id: row.id,
    orderId: row.orderId,
    amount: row.amount,
    currency: row.currency as Currency,
    method: row.method,
    instalments: row.instalments as Payment['instalments'],
    status: row.status,
    provider: row.provider,
    providerRef: row.providerRef,
    nextAction: row.status === 'pending' ? (row.nextAction as NextAction) : null,
    capturedAmount: row.capturedAmount,
    refundedAmount: row.refundedAmount,
    failureReason: row.failureReason,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toOpenedPayment(row: typeof payments.$inferSelect): OpenedPayment {
  const payment = toPayment(row);
  if (payment.providerRef === null) throw new Error(`payment ${row.id} has no charge`);
  return { ...payment, providerRef: payment.providerRef };
}

export function toRefund(row: typeof paymentRefunds.$inferSelect): Refund {
  return {
    id: row.id,
    paymentId: row.paymentId,
    amount: row.amount,
    currency: row.currency as Currency,
    reason: row.reason,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
  };
}
