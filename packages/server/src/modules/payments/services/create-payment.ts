import {
  CURRENCIES,
  fail,
  inTransaction,
  MAX_MINOR_AMOUNT,
  newId,
  ok,
  type Ctx,
  type Currency,
  type Result,
} from '../../../platform/index.ts';
import { paymentProviders } from '../providers/registry.ts';
import { INSTALMENT_COUNTS, PAYMENT_METHODS, payments, type PaymentMethod } from '../schema.ts';
import { toOpenedPayment, type NextAction, type OpenedPayment } from '../views.ts';

export interface CreatePaymentInput {
  orderId: string;
  amount: number;
  currency: Currency;
  method: PaymentMethod;
  /** Required for (and only for) the instalments method: 3, 6 or 12. */
  instalments?: number;
  /** Where the gateway sends the shopper back after paying (http or https). */
  returnUrl?: string;
}

export const MAX_RETURN_URL_LENGTH = 2000;

/**
 * Opens a charge with the default provider and records the payment as pending. The caller (the orders
 * workflow) has checked the order and the amount, and guards the request with an Idempotency-Key.
 */
export async function createPayment(
  ctx: Ctx,
  input: CreatePaymentInput,
): Promise<Result<{ payment: OpenedPayment; nextAction: NextAction }>> {
  const invalid = validate(input);
  if (invalid) return fail('VALIDATION_FAILED', invalid);
  const provider = paymentProviders.default();
  return inTransaction(ctx, async (tx) => {
    const paymentId = newId('pay');
    const instalments = input.method === 'instalments' ? (input.instalments ?? null) : null;
    const returnUrl = input.returnUrl ?? null;
    const charge = await provider.createCharge(tx, { ...input, paymentId, instalments, returnUrl });
    if (!charge.ok) return charge;
    const [row] = await tx.db
      .insert(payments)
      .values({
        id: paymentId,
        merchantId: tx.merchantId,
        orderId: input.orderId,
        amount: input.amount,
        currency: input.currency,
        method: input.method,
        instalments,
        provider: provider.id,
        providerRef: charge.value.providerRef,
        nextAction: charge.value.nextAction,
      })
      .returning();
    if (!row) throw new Error('payment insert returned no row');
    return ok({ payment: toOpenedPayment(row), nextAction: charge.value.nextAction });
  });
}

export function validate(input: CreatePaymentInput): string | undefined {
  if (typeof input.orderId !== 'string' || input.orderId.length === 0 || input.orderId.length > 64) {
    return 'orderId must be 1-64 characters';
  }
  if (!Number.isInteger(input.amount) || input.amount < 1 || input.amount > MAX_MINOR_AMOUNT) {
    return `amount must be an integer of minor units from 1 to ${MAX_MINOR_AMOUNT}`;
  }
  if (!CURRENCIES.includes(input.currency)) return `currency must be one of ${CURRENCIES.join(', ')}`;
  if (!PAYMENT_METHODS.includes(input.method)) return `method must be one of ${PAYMENT_METHODS.join(', ')}`;
  const counts: readonly number[] = INSTALMENT_COUNTS;
  if (input.method === 'instalments' && !counts.includes(input.instalments ?? 0)) {
    return 'instalments must be 3, 6 or 12';
  }
  if (input.method !== 'instalments' && input.instalments !== undefined) {
    return 'instalments apply only to the instalments method';
  }
  if (input.returnUrl !== undefined && !isWebUrl(input.returnUrl)) {
    return `returnUrl must be an http(s) URL of at most ${MAX_RETURN_URL_LENGTH} characters`;
  }
  return undefined;
}

// Only http(s): the gateway page links to it, and a javascript: URL there would run in the page.
function isWebUrl(value: string): boolean {
  if (typeof value !== 'string' || value.length > MAX_RETURN_URL_LENGTH) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}
