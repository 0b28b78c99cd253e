import { api, newIdempotencyKey } from '../../api/client.ts';
import { deviceId } from '../../api/device-id.ts';
import { dataOf } from '../../api/problem.ts';
import type { PaymentStarted } from '../../api/types.ts';
import type { CheckoutPaymentMethod, InstalmentCount } from '../../components/payment-methods/index.ts';

/**
 * Opens a payment for an order. The Idempotency-Key is kept per order and method until the request gets
 * an answer, so a retry after a dropped connection never opens a second charge. X-Device-Id carries this
 * browser's random id for the payment-risk rules.
 */
const pendingKeys = new Map<string, string>();

export async function startPayment(
  orderId: string,
  method: CheckoutPaymentMethod,
  instalments: InstalmentCount,
): Promise<PaymentStarted> {
  const slot = `${orderId}|${method}|${instalments}`;
  const key = pendingKeys.get(slot) ?? newIdempotencyKey();
  pendingKeys.set(slot, key);
  const answer = await api.POST('/api/store/orders/{id}/payments', {
    params: { path: { id: orderId }, header: { 'idempotency-key': key, 'x-device-id': deviceId() } },
    body: {
      method,
      ...(method === 'instalments' ? { instalments } : {}),
      returnUrl: `${location.origin}/orders/${orderId}?from=payment`,
    },
  });
  const started = dataOf(answer);
  pendingKeys.delete(slot);
  return started;
}
