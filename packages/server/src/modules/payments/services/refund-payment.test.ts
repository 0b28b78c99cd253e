import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../../testing/harness.ts';
import { newId, systemCtx, unwrap, type Ctx } from '../../../platform/index.ts';
import { outboxEvents } from '../../../platform/schema.ts';
import { sandboxCharges } from '../schema.ts';
import { createPayment } from './create-payment.ts';
import { getPayment, listRefunds } from './get-payment.ts';
import { refundPayment } from './refund-payment.ts';

describeEachDatabase('payments: refunds', (h) => {
  const merchantCtx = (): Ctx => systemCtx(h().database.db, newId('mer'), 'test', h().privacy);

  /** A 10,000-fen payment paid through the sandbox gateway and its webhook. */
  async function paid(ctx: Ctx) {
    const { payment } = unwrap(
      await createPayment(ctx, {
        orderId: newId('ord'),
        amount: 10_000,
        currency: 'CNY',
        method: 'alipay_redirect',
      }),
    );
    const res = await h().app.inject({
      method: 'POST',
      url: `/sandbox-gateway/payments/${payment.providerRef}/approve`,
      payload: {},
    });
    expect(res.statusCode, res.body).toBe(200);
    await h().app.runtime.jobs.runDue();
    expect(unwrap(await getPayment(ctx, payment.id)).status).toBe('succeeded');
    return payment;
  }

  async function refundEvents(ctx: Ctx, paymentId: string) {
    const rows = await ctx.db.select().from(outboxEvents).where(eq(outboxEvents.type, 'payment.refunded'));
    return rows.map((r) => r.payload as { paymentId: string }).filter((p) => p.paymentId === paymentId);
  }

  it('refunds part, then the rest, and reports when it is fully refunded', async () => {
    const ctx = merchantCtx();
    const payment = await paid(ctx);
    const part = unwrap(
      await refundPayment(ctx, { paymentId: payment.id, amount: 3_000, reason: 'one item returned' }),
    );
    expect(part.refund).toMatchObject({
      amount: 3_000,
      currency: 'CNY',
      status: 'succeeded',
      paymentId: payment.id,
    });
    expect(part.refund.id).toMatch(/^ref_/);
    expect(part.payment).toMatchObject({
      status: 'partially_refunded',
      refundedAmount: 3_000,
      capturedAmount: 10_000,
    });

    const rest = unwrap(
      await refundPayment(ctx, { paymentId: payment.id, amount: 7_000, reason: 'order cancelled' }),
    );
    expect(rest.payment).toMatchObject({ status: 'refunded', refundedAmount: 10_000 });
    expect((await listRefunds(ctx, payment.id)).map((r) => r.amount)).toEqual([3_000, 7_000]);
    expect(await refundEvents(ctx, payment.id)).toEqual([
      {
        paymentId: payment.id,
        orderId: payment.orderId,
        refundId: part.refund.id,
        amount: 3_000,
        fullyRefunded: false,
      },
      {
        paymentId: payment.id,
        orderId: payment.orderId,
        refundId: rest.refund.id,
        amount: 7_000,
        fullyRefunded: true,
      },
    ]);
    const [charge] = await ctx.db
      .select()
      .from(sandboxCharges)
      .where(eq(sandboxCharges.providerRef, payment.providerRef));
    expect(charge?.refundedAmount).toBe(10_000);

    expect(await refundPayment(ctx, { paymentId: payment.id, amount: 1, reason: 'again' })).toMatchObject({
      ok: false,
      code: 'PAYMENT_NOT_REFUNDABLE',
    });
  });

  it('refuses a refund above what is left and changes nothing', async () => {
    const ctx = merchantCtx();
    const payment = await paid(ctx);
    unwrap(await refundPayment(ctx, { paymentId: payment.id, amount: 6_000, reason: 'partial' }));
    expect(await refundPayment(ctx, { paymentId: payment.id, amount: 4_001, reason: 'too much' })).toEqual({
      ok: false,
      code: 'REFUND_EXCEEDS_CAPTURED',
      data: { refundable: 4_000 },
    });
    expect(unwrap(await getPayment(ctx, payment.id))).toMatchObject({
      refundedAmount: 6_000,
      status: 'partially_refunded',
    });
    expect(await listRefunds(ctx, payment.id)).toHaveLength(1);
  });

  it('never refunds more than was captured when refunds race', async () => {
    const ctx = merchantCtx();
    const payment = await paid(ctx);
    const results = await Promise.all(
      Array.from({ length: 8 }, () =>
        refundPayment({ ...ctx }, { paymentId: payment.id, amount: 3_000, reason: 'race' }),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(3);
    expect(results.filter((r) => !r.ok).every((r) => !r.ok && r.code === 'REFUND_EXCEEDS_CAPTURED')).toBe(
      true,
    );
    expect(unwrap(await getPayment(ctx, payment.id)).refundedAmount).toBe(9_000);
  });

  it('refuses to refund a pending payment, an unknown one, or another merchant’s', async () => {
    const ctx = merchantCtx();
    const { payment } = unwrap(
      await createPayment(ctx, { orderId: newId('ord'), amount: 500, currency: 'CNY', method: 'wallet' }),
    );
    expect(await refundPayment(ctx, { paymentId: payment.id, amount: 100, reason: 'x' })).toMatchObject({
      code: 'PAYMENT_NOT_REFUNDABLE',
    });
    expect(await refundPayment(ctx, { paymentId: newId('pay'), amount: 100, reason: 'x' })).toMatchObject({
      code: 'PAYMENT_NOT_FOUND',
    });
    const mine = await paid(ctx);
    expect(
      await refundPayment(merchantCtx(), { paymentId: mine.id, amount: 100, reason: 'x' }),
    ).toMatchObject({
      code: 'PAYMENT_NOT_FOUND',
    });
  });

  it.each([
    ['zero', 0, 'r'],
    ['negative', -5, 'r'],
    ['fractional', 1.5, 'r'],
    ['blank reason', 100, '   '],
  ])('refuses a %s refund', async (_label, amount, reason) => {
    const ctx = merchantCtx();
    const payment = await paid(ctx);
    expect(await refundPayment(ctx, { paymentId: payment.id, amount, reason })).toMatchObject({
      ok: false,
      code: 'VALIDATION_FAILED',
    });
  });
});
