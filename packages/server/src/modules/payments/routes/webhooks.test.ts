import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { describeEachDatabase, json } from '../../../testing/harness.ts';
import { newId, systemCtx, unwrap, type Ctx } from '../../../platform/index.ts';
import { outboxEvents } from '../../../platform/schema.ts';
import type { SandboxEvent } from '../sandbox-gateway/event.ts';
import { signSandboxPayload } from '../sandbox-gateway/signature.ts';
import { payments, paymentWebhookEvents } from '../schema.ts';
import { createPayment } from '../services/create-payment.ts';

describeEachDatabase('payment webhooks', (h) => {
  const merchantCtx = (): Ctx => systemCtx(h().database.db, newId('mer'), 'test', h().privacy);
  const now = () => Math.floor(Date.now() / 1000);

  async function pendingPayment(ctx: Ctx) {
    const { payment } = unwrap(
      await createPayment(ctx, {
        orderId: newId('ord'),
        amount: 5_000,
        currency: 'CNY',
        method: 'wechat_qr',
      }),
    );
    const event: SandboxEvent = {
      id: newId('evt'),
      type: 'charge.succeeded',
      created: now(),
      data: {
        merchantId: ctx.merchantId,
        providerRef: payment.providerRef,
        amount: 5_000,
        currency: 'CNY',
        method: 'wechat_qr',
        instalments: null,
        reason: null,
      },
    };
    return { payment, body: JSON.stringify(event) };
  }

  const send = (body: string, signature?: string) =>
    h().app.inject({
      method: 'POST',
      url: '/api/webhooks/sandbox',
      headers: {
        'content-type': 'application/json',
        ...(signature ? { 'x-sandbox-signature': signature } : {}),
      },
      payload: body,
    });
  const secret = () => h().app.runtime.config.sandboxWebhookSecret;

  async function snapshot(ctx: Ctx, paymentId: string) {
    const [row] = await ctx.db.select().from(payments).where(eq(payments.id, paymentId));
    const seen = await ctx.db
      .select()
      .from(paymentWebhookEvents)
      .where(eq(paymentWebhookEvents.merchantId, ctx.merchantId));
    const events = await ctx.db
      .select()
      .from(outboxEvents)
      .where(eq(outboxEvents.merchantId, ctx.merchantId));
    return { row, seen, events };
  }

  it.each([
    ['no signature', (_body: string) => undefined],
    [
      'a signature made with another secret',
      (body: string) => signSandboxPayload('not-the-secret', body, now()),
    ],
    [
      'a signature over another body',
      (body: string) => signSandboxPayload(secret(), body.replace('5000', '5001'), now()),
    ],
    [
      'a signature older than five minutes',
      (body: string) => signSandboxPayload(secret(), body, now() - 301),
    ],
    ['a signature from the future', (body: string) => signSandboxPayload(secret(), body, now() + 301)],
    ['a garbled signature header', (_body: string) => 't=abc,v1=zz'],
  ])('refuses a webhook with %s and changes nothing', async (_label, sign) => {
    const ctx = merchantCtx();
    const { payment, body } = await pendingPayment(ctx);
    const before = await snapshot(ctx, payment.id);
    const res = await send(body, sign(body));
    expect(res.statusCode).toBe(401);
    expect(json(res)).toMatchObject({ code: 'WEBHOOK_SIGNATURE_INVALID' });
    expect(await snapshot(ctx, payment.id)).toEqual(before);
    expect(before.row?.status).toBe('pending');
  });

  it('applies a signed event once and acknowledges its redelivery without change', async () => {
    const ctx = merchantCtx();
    const { payment, body } = await pendingPayment(ctx);
    const first = await send(body, signSandboxPayload(secret(), body, now()));
    expect(first.statusCode, first.body).toBe(200);
    expect(json(first)).toEqual({ received: true, duplicate: false });
    const after = await snapshot(ctx, payment.id);
    expect(after.row).toMatchObject({ status: 'succeeded', capturedAmount: 5_000 });

    const again = await send(body, signSandboxPayload(secret(), body, now()));
    expect(again.statusCode).toBe(200);
    expect(json(again)).toEqual({ received: true, duplicate: true });
    expect(await snapshot(ctx, payment.id)).toEqual(after);
    expect(after.events.filter((e) => e.type === 'payment.succeeded')).toHaveLength(1);
  });

  it('refuses an event whose amount differs from the payment, recording nothing', async () => {
    const ctx = merchantCtx();
    const { payment, body } = await pendingPayment(ctx);
    const forged = body.replace('"amount":5000', '"amount":1');
    const before = await snapshot(ctx, payment.id);
    const res = await send(forged, signSandboxPayload(secret(), forged, now()));
    expect(res.statusCode).toBe(500);
    expect(await snapshot(ctx, payment.id)).toEqual(before);
  });

  it('answers a signed but malformed body with 400 and an unknown provider with 404', async () => {
    const garbage = '{"id":1}';
    const malformed = await send(garbage, signSandboxPayload(secret(), garbage, now()));
    expect(malformed.statusCode).toBe(400);
    const notJson = 'not json';
    expect((await send(notJson, signSandboxPayload(secret(), notJson, now()))).statusCode).toBe(400);
    const unknown = await h().app.inject({
      method: 'POST',
      url: '/api/webhooks/acme',
      headers: { 'content-type': 'application/json' },
      payload: '{}',
    });
    expect(unknown.statusCode).toBe(404);
  });
});
