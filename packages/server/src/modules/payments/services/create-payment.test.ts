import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../../testing/harness.ts';
import { newId, systemCtx, unwrap, type Ctx, type Currency } from '../../../platform/index.ts';
import type { PaymentMethod } from '../schema.ts';
import { createPayment, type CreatePaymentInput } from './create-payment.ts';
import { expirePendingPayments } from './expire-payments.ts';
import { getPayment, listPaymentsForOrder } from './get-payment.ts';

describeEachDatabase('payments: creating and expiring', (h) => {
  const merchantCtx = (): Ctx => systemCtx(h().database.db, newId('mer'), 'test', h().privacy);
  const input = (over: Partial<CreatePaymentInput> = {}): CreatePaymentInput => ({
    orderId: newId('ord'),
    amount: 1_999,
    currency: 'CNY',
    method: 'card',
    ...over,
  });

  it('records a pending payment with its next action, readable by id and by order', async () => {
    const ctx = merchantCtx();
    const created = unwrap(await createPayment(ctx, input({ method: 'instalments', instalments: 3 })));
    expect(created.payment).toMatchObject({
      status: 'pending',
      method: 'instalments',
      instalments: 3,
      capturedAmount: 0,
      refundedAmount: 0,
      nextAction: created.nextAction,
    });
    expect(created.payment.id).toMatch(/^pay_/);
    expect(unwrap(await getPayment(ctx, created.payment.id))).toEqual(created.payment);
    const second = unwrap(
      await createPayment(ctx, input({ orderId: created.payment.orderId, method: 'wallet' })),
    );
    expect((await listPaymentsForOrder(ctx, created.payment.orderId)).map((p) => p.id)).toEqual([
      created.payment.id,
      second.payment.id,
    ]);
    expect(await getPayment(merchantCtx(), created.payment.id)).toMatchObject({
      ok: false,
      code: 'PAYMENT_NOT_FOUND',
    });
    expect(await listPaymentsForOrder(merchantCtx(), created.payment.orderId)).toEqual([]);
  });

  it.each<[string, Partial<CreatePaymentInput>]>([
    ['a zero amount', { amount: 0 }],
    ['a negative amount', { amount: -100 }],
    ['a fractional amount', { amount: 10.5 }],
    ['a huge amount', { amount: 2 ** 53 }],
    ['an unknown currency', { currency: 'JPY' as Currency }],
    ['an unknown method', { method: 'bitcoin' as PaymentMethod }],
    ['instalments without a count', { method: 'instalments' }],
    ['an unsupported instalment count', { method: 'instalments', instalments: 5 }],
    ['instalments on a card payment', { method: 'card', instalments: 3 }],
    ['a javascript: return URL', { returnUrl: 'javascript:alert(1)' }],
    ['a return URL that is not a URL', { returnUrl: 'not a url' }],
  ])('refuses %s', async (_label, over) => {
    const ctx = merchantCtx();
    const orderId = newId('ord');
    expect(await createPayment(ctx, input({ orderId, ...over }))).toMatchObject({
      ok: false,
      code: 'VALIDATION_FAILED',
    });
    expect(await listPaymentsForOrder(ctx, orderId)).toEqual([]);
  });

  it('expires pending payments and closes their charges, so the gateway refuses them afterwards', async () => {
    const ctx = merchantCtx();
    const { payment } = unwrap(await createPayment(ctx, input({ method: 'wechat_qr' })));
    expect(await expirePendingPayments(ctx, payment.orderId)).toEqual({ expired: [payment.id] });
    expect(await expirePendingPayments(ctx, payment.orderId)).toEqual({ expired: [] });
    expect(unwrap(await getPayment(ctx, payment.id))).toMatchObject({ status: 'expired', nextAction: null });
    const late = await h().app.inject({
      method: 'POST',
      url: `/sandbox-gateway/payments/${payment.providerRef}/approve`,
      payload: {},
    });
    expect(late.statusCode).toBe(409);
  });
});
