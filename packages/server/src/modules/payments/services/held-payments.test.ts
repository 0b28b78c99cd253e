import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../../testing/harness.ts';
import { newId, systemCtx, unwrap, type Ctx } from '../../../platform/index.ts';
import type { CreatePaymentInput } from './create-payment.ts';
import { expirePendingPayments } from './expire-payments.ts';
import { getPayment } from './get-payment.ts';
import { failHeldPayment, holdPayment, releaseHeldPayment } from './held-payments.ts';

describeEachDatabase('payments: held for review', (h) => {
  const merchantCtx = (): Ctx => systemCtx(h().database.db, newId('mer'), 'test', h().privacy);
  const input = (): CreatePaymentInput => ({
    orderId: newId('ord'),
    amount: 2_500,
    currency: 'CNY',
    method: 'alipay_redirect',
    returnUrl: 'https://shop.example/orders/1',
  });

  it('holds without a charge, then opens one on release with the remembered return URL', async () => {
    const ctx = merchantCtx();
    const held = unwrap(await holdPayment(ctx, input()));
    expect(held).toMatchObject({ status: 'held_for_review', providerRef: null, nextAction: null });
    const released = unwrap(await releaseHeldPayment(ctx, held.id));
    expect(released.payment).toMatchObject({
      id: held.id,
      status: 'pending',
      nextAction: released.nextAction,
    });
    const page = await h().app.inject({ method: 'GET', url: released.nextAction.url });
    expect(page.body).toContain('https://shop.example/orders/1');
    expect(await releaseHeldPayment(ctx, held.id)).toMatchObject({ ok: false, code: 'PAYMENT_NOT_HELD' });
    expect(await failHeldPayment(ctx, held.id)).toMatchObject({ ok: false, code: 'PAYMENT_NOT_HELD' });
    expect(await releaseHeldPayment(merchantCtx(), held.id)).toMatchObject({
      ok: false,
      code: 'PAYMENT_NOT_FOUND',
    });
  });

  it('fails a rejected one with risk_rejected, and expires an unreviewed one with its order', async () => {
    const ctx = merchantCtx();
    const rejected = unwrap(await holdPayment(ctx, input()));
    expect(unwrap(await failHeldPayment(ctx, rejected.id))).toMatchObject({
      status: 'failed',
      failureReason: 'risk_rejected',
    });
    const waiting = unwrap(await holdPayment(ctx, input()));
    expect(await expirePendingPayments(ctx, waiting.orderId)).toEqual({ expired: [waiting.id] });
    expect(unwrap(await getPayment(ctx, waiting.id)).status).toBe('expired');
    expect(await releaseHeldPayment(ctx, waiting.id)).toMatchObject({ ok: false, code: 'PAYMENT_NOT_HELD' });
  });
});
