import { expect, it } from 'vitest';
import { bearer, describeEachDatabase, json } from '../../../testing/harness.ts';
import { createMerchant, signUpShopper, staffToken } from '../../../testing/fixtures.ts';
import { newId, systemCtx, unwrap } from '../../../platform/index.ts';
import { createPayment } from '../services/create-payment.ts';
import { refundPayment } from '../services/refund-payment.ts';
import type { Payment, Refund } from '../views.ts';

describeEachDatabase('payments admin routes', (h) => {
  it("lists an order's payments for staff who may read orders, and only their own merchant's", async () => {
    const shop = await createMerchant(h());
    const other = await createMerchant(h());
    const analyst = await staffToken(h(), shop.merchantId, 'analyst');
    const orderId = newId('ord');
    const ctx = systemCtx(h().database.db, shop.merchantId, 'test', h().privacy);
    const first = unwrap(
      await createPayment(ctx, { orderId, amount: 800, currency: 'CNY', method: 'wechat_qr' }),
    );
    const second = unwrap(
      await createPayment(ctx, { orderId, amount: 800, currency: 'CNY', method: 'wallet' }),
    );

    const res = await h().app.inject({
      method: 'GET',
      url: `/api/admin/payments?orderId=${orderId}`,
      headers: bearer(analyst),
    });
    expect(res.statusCode, res.body).toBe(200);
    const items = json<{ items: Payment[] }>(res).items;
    expect(items.map((p) => [p.id, p.method, p.status])).toEqual([
      [first.payment.id, 'wechat_qr', 'pending'],
      [second.payment.id, 'wallet', 'pending'],
    ]);
    expect(items[0]?.nextAction).toEqual(first.nextAction);

    const elsewhere = await h().app.inject({
      method: 'GET',
      url: `/api/admin/payments?orderId=${orderId}`,
      headers: bearer(other.ownerToken),
    });
    expect(json(elsewhere)).toEqual({ items: [] });
    const hidden = await h().app.inject({
      method: 'GET',
      url: `/api/admin/payments/${first.payment.id}`,
      headers: bearer(other.ownerToken),
    });
    expect(hidden.statusCode).toBe(404);
    expect(json(hidden)).toMatchObject({ code: 'PAYMENT_NOT_FOUND' });
  });

  it('shows a payment with its refunds', async () => {
    const shop = await createMerchant(h());
    const ctx = systemCtx(h().database.db, shop.merchantId, 'test', h().privacy);
    const { payment } = unwrap(
      await createPayment(ctx, { orderId: newId('ord'), amount: 900, currency: 'CNY', method: 'wallet' }),
    );
    await h().app.inject({
      method: 'POST',
      url: `/sandbox-gateway/payments/${payment.providerRef}/approve`,
      payload: {},
    });
    await h().app.runtime.jobs.runDue();
    const refunded = unwrap(
      await refundPayment(ctx, { paymentId: payment.id, amount: 400, reason: 'late delivery' }),
    );
    const res = await h().app.inject({
      method: 'GET',
      url: `/api/admin/payments/${payment.id}`,
      headers: bearer(shop.ownerToken),
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = json<{ payment: Payment; refunds: Refund[] }>(res);
    expect(body.payment).toMatchObject({
      status: 'partially_refunded',
      capturedAmount: 900,
      refundedAmount: 400,
    });
    expect(body.refunds).toEqual([refunded.refund]);
  });

  it('refuses shoppers, anonymous callers and malformed order ids', async () => {
    const shop = await createMerchant(h());
    const shopper = await signUpShopper(h(), shop.handle);
    const orderId = newId('ord');
    const asShopper = await h().app.inject({
      method: 'GET',
      url: `/api/admin/payments?orderId=${orderId}`,
      headers: bearer(shopper.token),
    });
    expect(asShopper.statusCode).toBe(401);
    const anonymous = await h().app.inject({ method: 'GET', url: `/api/admin/payments?orderId=${orderId}` });
    expect(anonymous.statusCode).toBe(401);
    const malformed = await h().app.inject({
      method: 'GET',
      url: '/api/admin/payments?orderId=1%27%20or%201%3D1',
      headers: bearer(shop.ownerToken),
    });
    expect(malformed.statusCode).toBe(400);
  });
});
