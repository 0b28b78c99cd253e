import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Ctx, Runtime } from '../../../platform/index.ts';
import { SIGNATURE_HEADER, signSandboxPayload } from './signature.ts';

export const SANDBOX_WEBHOOK_PATH = '/api/webhooks/sandbox';

const DELIVERY_HEADER = 'x-hexamall-delivery';
const lent = new Map<string, Ctx>();

/**
 * The delivery job's transaction, when the request is an in-process delivery from the job below. The
 * key is random and lives only in this process's memory while the delivery runs, so a request from the
 * network cannot name one.
 */
export function lentDeliveryTransaction(
  headers: Record<string, string | string[] | undefined>,
): Ctx | undefined {
  const key = headers[DELIVERY_HEADER];
  return typeof key === 'string' ? lent.get(key) : undefined;
}

/**
 * Registers the job that delivers the gateway's webhooks: it signs the body now (so a retry hours later
 * still carries a fresh timestamp) and POSTs it to the app's own webhook route with `inject`.
 *
 * Why inject and not an HTTP call to publicUrl: the webhook then goes through the same route, parser and
 * signature check as a real one, yet works when the server is not listening (tests, CLI), when publicUrl
 * is not reachable from the server itself (behind a proxy, 0.0.0.0), and needs no network. And the job
 * runs inside its own transaction: on PGlite (one connection) a second transaction would wait for it
 * forever, so the route borrows the job's transaction instead. Delivery and its effect then commit or
 * roll back together: a failed delivery leaves no trace and the job retries it with back-off.
 */
export function registerSandboxDelivery(app: FastifyInstance, runtime: Runtime): void {
  runtime.jobs.register('payments.sandbox_webhook', async (ctx, { body }) => {
    const signature = signSandboxPayload(
      runtime.config.sandboxWebhookSecret,
      body,
      Math.floor(Date.now() / 1000),
    );
    const key = randomBytes(32).toString('hex');
    lent.set(key, ctx);
    try {
      const res = await app.inject({
        method: 'POST',
        url: SANDBOX_WEBHOOK_PATH,
        headers: {
          'content-type': 'application/json',
          [SIGNATURE_HEADER]: signature,
          [DELIVERY_HEADER]: key,
        },
        payload: body,
      });
      if (res.statusCode !== 200) throw new Error(`sandbox webhook answered ${res.statusCode}`);
    } finally {
      lent.delete(key);
    }
  });
}
