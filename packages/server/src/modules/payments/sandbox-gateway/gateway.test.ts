import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { describeEachDatabase, json, type Harness } from '../../../testing/harness.ts';
import { newId, systemCtx, unwrap, type Ctx } from '../../../platform/index.ts';
import { jobs, outboxEvents } from '../../../platform/schema.ts';
import {
  paymentRefunds,
  payments,
  paymentWebhookEvents,
  sandboxCharges,
  type PaymentMethod,
} from '../schema.ts';
import { createPayment } from '../services/create-payment.ts';
import { getPayment } from '../services/get-payment.ts';

/** Every payment.* event in the outbox for this payment, oldest first. */
async function paymentEvents(h: Harness, paymentId: string) {
  const rows = await h.database.db
    .select()
    .from(outboxEvents)
    .orderBy(outboxEvents.createdAt, outboxEvents.id);
  return rows
    .filter(
      (r) => r.type.startsWith('payment.') && (r.payload as { paymentId?: string }).paymentId === paymentId,
    )
    .map((r) => ({ type: r.type, payload: r.payload }));
}

describeEachDatabase('sandbox gateway', (h) => {
  const merchantCtx = (): Ctx => systemCtx(h().database.db, newId('mer'), 'test', h().privacy);
  const RETURN_URL = 'https://shop.example/orders/1?paid=1';

  async function open(ctx: Ctx, method: PaymentMethod, extra: { instalments?: number } = {}) {
    return unwrap(
      await createPayment(ctx, {
        orderId: newId('ord'),
        amount: 12_345,
        currency: 'CNY',
        method,
        returnUrl: RETURN_URL,
        ...extra,
      }),
    );
  }

  const post = (providerRef: string, action: string, payload: object = {}) =>
    h().app.inject({ method: 'POST', url: `/sandbox-gateway/payments/${providerRef}/${action}`, payload });
  const card = (cardNumber: string, extra: object = {}) => ({
    cardNumber,
    expiry: '12/39',
    cvc: '123',
    ...extra,
  });

  /** Runs queued webhook deliveries, then hands the events they emitted to subscribers. */
  async function deliver(): Promise<number> {
    const ran = await h().app.runtime.jobs.runDue();
    await h().app.runtime.events.drain();
    return ran;
  }

  const flows: [PaymentMethod, string, (ref: string) => ReturnType<typeof post>][] = [
    ['wechat_qr', 'qr', (ref) => post(ref, 'approve')],
    ['alipay_redirect', 'redirect', (ref) => post(ref, 'approve')],
    ['wallet', 'wallet_confirm', (ref) => post(ref, 'approve')],
    ['card', 'card_form', (ref) => post(ref, 'card', card('4242 4242 4242 4242'))],
    ['instalments', 'card_form', (ref) => post(ref, 'card', card('4242424242424242', { instalments: 12 }))],
  ];

  it.each(flows)(
    'takes a %s payment to success through the gateway and its webhook',
    async (method, action, pay) => {
      const ctx = merchantCtx();
      const { payment, nextAction } = await open(
        ctx,
        method,
        method === 'instalments' ? { instalments: 6 } : {},
      );
      expect(payment).toMatchObject({ status: 'pending', method, amount: 12_345, provider: 'sandbox' });
      expect(nextAction.type).toBe(action);
      expect(nextAction.url).toBe(`http://127.0.0.1:3000/sandbox-gateway/payments/${payment.providerRef}`);
      if (nextAction.type === 'qr') expect(nextAction.qrContent).toContain(payment.providerRef);

      const res = await pay(payment.providerRef);
      expect(res.statusCode, res.body).toBe(200);
      expect(json(res)).toEqual({
        providerRef: payment.providerRef,
        status: 'succeeded',
        webhooks: 1,
        returnUrl: RETURN_URL,
      });
      // The gateway has answered, but the app learns of it only from the webhook.
      expect(unwrap(await getPayment(ctx, payment.id)).status).toBe('pending');

      expect(await deliver()).toBe(1);
      const paid = unwrap(await getPayment(ctx, payment.id));
      expect(paid).toMatchObject({ status: 'succeeded', capturedAmount: 12_345, nextAction: null });
      if (method === 'instalments') expect(paid.instalments).toBe(12);
      expect(await paymentEvents(h(), payment.id)).toEqual([
        {
          type: 'payment.succeeded',
          payload: {
            paymentId: payment.id,
            orderId: payment.orderId,
            amount: 12_345,
            currency: 'CNY',
            method,
          },
        },
      ]);
    },
  );

  it.each([
    [
      'the decline button',
      (ref: string) => post(ref, 'decline', { reason: 'insufficient_funds' }),
      'insufficient_funds',
    ],
    [
      'a declined test card',
      (ref: string) => post(ref, 'card', card('4000 0000 0000 0002')),
      'card_declined',
    ],
  ])('fails the payment on %s and says why', async (_label, decline, reason) => {
    const ctx = merchantCtx();
    const { payment } = await open(ctx, 'card');
    const res = await decline(payment.providerRef);
    expect(json(res)).toMatchObject({ status: 'declined', webhooks: 1 });
    expect(await deliver()).toBe(1);
    expect(unwrap(await getPayment(ctx, payment.id))).toMatchObject({
      status: 'failed',
      failureReason: reason,
    });
    expect(await paymentEvents(h(), payment.id)).toEqual([
      { type: 'payment.failed', payload: { paymentId: payment.id, orderId: payment.orderId, reason } },
    ]);
    // A settled charge cannot be paid afterwards.
    const late = await post(payment.providerRef, 'approve');
    expect(late.statusCode).toBe(409);
    expect(json(late)).toMatchObject({ code: 'SANDBOX_CHARGE_CLOSED' });
  });

  it('leaves the payment pending when the bank times out, and lets it be paid later', async () => {
    const ctx = merchantCtx();
    const { payment } = await open(ctx, 'card');
    expect(json(await post(payment.providerRef, 'card', card('4000000000009995')))).toMatchObject({
      status: 'pending',
      webhooks: 0,
    });
    expect(json(await post(payment.providerRef, 'timeout'))).toMatchObject({
      status: 'pending',
      webhooks: 0,
    });
    expect(await deliver()).toBe(0);
    expect(unwrap(await getPayment(ctx, payment.id)).status).toBe('pending');
    expect(await paymentEvents(h(), payment.id)).toEqual([]);

    await post(payment.providerRef, 'approve');
    await deliver();
    expect(unwrap(await getPayment(ctx, payment.id)).status).toBe('succeeded');
  });

  it('applies a webhook delivered twice only once', async () => {
    const ctx = merchantCtx();
    const { payment } = await open(ctx, 'wechat_qr');
    expect(json(await post(payment.providerRef, 'approve', { duplicateWebhook: true }))).toMatchObject({
      webhooks: 2,
    });
    expect(await deliver()).toBe(2);
    const deliveries = await ctx.db.select().from(jobs).where(eq(jobs.type, 'payments.sandbox_webhook'));
    const ours = deliveries.filter((j) => (j.payload as { body: string }).body.includes(payment.providerRef));
    expect(ours.map((j) => j.status)).toEqual(['done', 'done']);
    expect(await paymentEvents(h(), payment.id)).toHaveLength(1);
    const recorded = await ctx.db
      .select()
      .from(paymentWebhookEvents)
      .where(eq(paymentWebhookEvents.paymentId, payment.id));
    expect(recorded).toHaveLength(1);
    expect(unwrap(await getPayment(ctx, payment.id))).toMatchObject({
      status: 'succeeded',
      capturedAmount: 12_345,
    });
  });

  it('never stores the card number anywhere, only an opaque token', async () => {
    const ctx = merchantCtx();
    const { payment } = await open(ctx, 'card');
    await post(payment.providerRef, 'card', card('4242 4242 4242 4242'));
    await deliver();
    const [charge] = await ctx.db
      .select()
      .from(sandboxCharges)
      .where(eq(sandboxCharges.providerRef, payment.providerRef));
    expect(charge?.cardToken).toMatch(/^tok_[0-9a-f]{32}$/);
    const everything = JSON.stringify([
      await ctx.db.select().from(payments),
      await ctx.db.select().from(paymentRefunds),
      await ctx.db.select().from(paymentWebhookEvents),
      await ctx.db.select().from(sandboxCharges),
      await ctx.db.select().from(jobs),
      await ctx.db.select().from(outboxEvents),
    ]);
    expect(everything).toContain(payment.providerRef);
    expect(everything).not.toContain('4242424242424242');
    expect(everything).not.toContain('4242 4242 4242 4242');
  });

  it('refuses invalid cards, cards for wallet charges, and unknown references', async () => {
    const ctx = merchantCtx();
    const { payment } = await open(ctx, 'card');
    for (const bad of [
      card('4242 4242 4242 4241'),
      card('4242424242424242', { expiry: '13/30' }),
      card('4242424242424242', { instalments: 3 }),
    ]) {
      const res = await post(payment.providerRef, 'card', bad);
      expect(res.statusCode, JSON.stringify(bad)).toBe(400);
    }
    const wallet = await open(ctx, 'wallet');
    expect((await post(wallet.payment.providerRef, 'card', card('4242424242424242'))).statusCode).toBe(400);
    const unknown = await post(`sbx_${'0'.repeat(24)}`, 'approve');
    expect(unknown.statusCode).toBe(404);
    expect(await deliver()).toBe(0);
    expect(unwrap(await getPayment(ctx, payment.id)).status).toBe('pending');
  });

  it('serves an HTML page per charge that escapes what it shows', async () => {
    const ctx = merchantCtx();
    const { payment } = await open(ctx, 'instalments', { instalments: 6 });
    const res = await h().app.inject({
      method: 'GET',
      url: `/sandbox-gateway/payments/${payment.providerRef}`,
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body).toContain('4242 4242 4242 4242');
    expect(res.body).toContain('<option value="6" selected>');
    expect(res.body).toContain('href="https://shop.example/orders/1?paid=1"');
    expect(res.body).toContain('CNY 123.45');
    const qr = await open(ctx, 'wechat_qr');
    const page = await h().app.inject({
      method: 'GET',
      url: `/sandbox-gateway/payments/${qr.payment.providerRef}`,
    });
    expect(page.body).toContain(`weixin://wxpay/bizpayurl?pr=${qr.payment.providerRef}`);
    expect(page.body).toContain('data-action="approve"');
  });

  it('escapes a hostile return URL on the page', async () => {
    const ctx = merchantCtx();
    const { payment } = unwrap(
      await createPayment(ctx, {
        orderId: newId('ord'),
        amount: 100,
        currency: 'CNY',
        method: 'wallet',
        returnUrl: 'https://shop.example/?q="><script>alert(1)</script>',
      }),
    );
    const res = await h().app.inject({
      method: 'GET',
      url: `/sandbox-gateway/payments/${payment.providerRef}`,
    });
    expect(res.body).not.toContain('<script>alert(1)');
    expect(res.body).toContain('&#34;&#62;&#60;script&#62;alert(1)');
  });
});
