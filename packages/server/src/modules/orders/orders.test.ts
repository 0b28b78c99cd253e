import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { newId, systemCtx, type Ctx } from '../../platform/index.ts';
import { outboxEvents } from '../../platform/schema.ts';
import { createMerchant, signUpShopper, staffToken } from '../../testing/fixtures.ts';
import { bearer, describeEachDatabase, json } from '../../testing/harness.ts';
import {
  createOrder,
  getOrder,
  recordRefund,
  transitionOrder,
  type OrderDetailView,
  type OrderView,
} from './index.ts';

const ADDRESS = {
  recipient: 'Han Meimei',
  phone: '13900001111',
  province: 'Guangdong',
  city: 'Shenzhen',
  district: 'Nanshan',
  line1: '8 Keyuan Road',
  line2: null,
  postalCode: '518000',
};

describeEachDatabase('orders', (h) => {
  let shop: { merchantId: string; handle: string; ownerToken: string };
  let alice: { token: string; customerId: string };
  let bob: { token: string; customerId: string };
  const system = (): Ctx => systemCtx(h().database.db, shop.merchantId, 'test', h().privacy);

  const place = (customerId: string, unitPrice = 1000) =>
    createOrder(system(), {
      orderId: newId('ord'),
      customerId,
      currency: 'CNY',
      lines: [
        {
          skuId: newId('sku'),
          productId: newId('prod'),
          productTitle: 'Green tea',
          skuCode: 'TEA',
          specs: { weight: '250g' },
          imageUrl: null,
          weightGrams: 250,
          unitPrice,
          listPrice: unitPrice + 100,
          quantity: 2,
        },
      ],
      shippingFee: 600,
      address: ADDRESS,
      shippingTemplateId: null,
      note: null,
      paymentDeadline: new Date(Date.now() + 30 * 60_000),
    });
  const page = async (url: string, token: string) => {
    const res = await h().app.inject({ method: 'GET', url, headers: bearer(token) });
    expect(res.statusCode, res.body).toBe(200);
    return json<{ items: OrderView[]; nextCursor: string | null }>(res);
  };

  beforeAll(async () => {
    shop = await createMerchant(h());
    alice = await signUpShopper(h(), shop.handle);
    bob = await signUpShopper(h(), shop.handle);
  });

  it('computes totals and keeps a snapshot of what was bought', async () => {
    const order = await place(alice.customerId, 1250);
    expect(order).toMatchObject({
      status: 'pending_payment',
      subtotal: 2500,
      shippingFee: 600,
      discount: 0,
      total: 3100,
      refundedAmount: 0,
      address: ADDRESS,
      items: [
        {
          productTitle: 'Green tea',
          specs: { weight: '250g' },
          unitPrice: 1250,
          quantity: 2,
          lineTotal: 2500,
        },
      ],
    });
  });

  it("lists a shopper's own orders newest first, page by page, and hides everyone else's", async () => {
    const placed: string[] = [];
    for (let i = 0; i < 5; i += 1) placed.push((await place(bob.customerId)).id);
    const seen: string[] = [];
    let url = '/api/store/orders?limit=2';
    for (let pages = 0; pages < 5; pages += 1) {
      const { items, nextCursor } = await page(url, bob.token);
      seen.push(...items.map((o) => o.id));
      if (!nextCursor) break;
      url = `/api/store/orders?limit=2&cursor=${nextCursor}`;
    }
    // Ids are ULIDs: newest first is descending id order (two orders in one millisecond may tie on time).
    expect(seen).toEqual([...placed].sort().reverse());
    expect(new Set(seen).size).toBe(5);
    expect(
      (await page('/api/store/orders', alice.token)).items.every((o) => o.customerId === alice.customerId),
    ).toBe(true);
    const peek = await h().app.inject({
      method: 'GET',
      url: `/api/store/orders/${placed[0]}`,
      headers: bearer(alice.token),
    });
    expect(json(peek)).toMatchObject({ status: 404, code: 'ORDER_NOT_FOUND' });
    const bad = await h().app.inject({
      method: 'GET',
      url: '/api/store/orders?cursor=nonsense',
      headers: bearer(bob.token),
    });
    expect(json(bad)).toMatchObject({ status: 400, code: 'INVALID_CURSOR' });
    const guest = await h().app.inject({
      method: 'GET',
      url: '/api/store/orders',
      headers: { 'x-hexamall-merchant': shop.handle },
    });
    expect(guest.statusCode).toBe(401);
  });

  it('lets staff filter by status, customer and date range, within their merchant only', async () => {
    const paid = await place(alice.customerId);
    expect((await transitionOrder(system(), paid.id, 'pay', { paymentId: 'pay_test' })).ok).toBe(true);
    const token = await staffToken(h(), shop.merchantId, 'analyst');
    const byStatus = await page('/api/admin/orders?status=paid', token);
    expect(byStatus.items.map((o) => o.id)).toEqual([paid.id]);
    const byCustomer = await page(`/api/admin/orders?customerId=${alice.customerId}&limit=100`, token);
    expect(byCustomer.items.length).toBeGreaterThanOrEqual(2);
    expect(byCustomer.items.every((o) => o.customerId === alice.customerId)).toBe(true);

    const hourAgo = new Date(Date.now() - 3600_000).toISOString();
    const inAnHour = new Date(Date.now() + 3600_000).toISOString();
    const all = await page(`/api/admin/orders?from=${hourAgo}&to=${inAnHour}&limit=100`, token);
    expect(all.items.map((o) => o.id)).toContain(paid.id);
    expect((await page(`/api/admin/orders?from=${inAnHour}`, token)).items).toEqual([]);
    expect((await page(`/api/admin/orders?to=${hourAgo}`, token)).items).toEqual([]);

    const detail = await h().app.inject({
      method: 'GET',
      url: `/api/admin/orders/${paid.id}`,
      headers: bearer(token),
    });
    expect(json<OrderDetailView>(detail).transitions.map((t) => t.to)).toEqual(['pending_payment', 'paid']);
    const rival = await createMerchant(h());
    expect((await page('/api/admin/orders', rival.ownerToken)).items).toEqual([]);
    const cross = await h().app.inject({
      method: 'GET',
      url: `/api/admin/orders/${paid.id}`,
      headers: bearer(rival.ownerToken),
    });
    expect(cross.statusCode).toBe(404);
  });

  it('refuses an illegal transition and changes nothing: no status, no timeline entry, no event', async () => {
    const order = await place(alice.customerId);
    const eventsFor = async () =>
      (
        await h()
          .database.db.select()
          .from(outboxEvents)
          .where(
            and(
              eq(outboxEvents.type, 'order.status_changed'),
              sql`${outboxEvents.payload}->>'orderId' = ${order.id}`,
            ),
          )
      ).length;
    for (const action of [
      'ship',
      'deliver',
      'complete',
      'refund',
      'request_refund',
      'reject_refund',
    ] as const) {
      expect(await transitionOrder(system(), order.id, action)).toMatchObject({
        ok: false,
        code: 'ORDER_TRANSITION_INVALID',
      });
    }
    const unchanged = await getOrder(system(), order.id);
    expect(unchanged).toMatchObject({ ok: true, value: { status: 'pending_payment', paidAt: null } });
    expect(unchanged.ok && unchanged.value.transitions).toHaveLength(1);
    expect(await eventsFor()).toBe(0);

    const asAlice: Ctx = {
      ...system(),
      actor: { kind: 'shopper', customerId: alice.customerId, sessionId: 'ses_x' },
    };
    const cancelled = await transitionOrder(asAlice, order.id, 'cancel', { reason: 'changed my mind' });
    expect(cancelled).toEqual({
      ok: true,
      value: { orderId: order.id, from: 'pending_payment', to: 'cancelled' },
    });
    const after = await getOrder(system(), order.id);
    expect(after).toMatchObject({
      ok: true,
      value: { status: 'cancelled', cancelReason: 'changed my mind' },
    });
    expect(after.ok && after.value.transitions.at(-1)).toMatchObject({
      actorKind: 'shopper',
      reason: 'changed my mind',
    });
    expect(await eventsFor()).toBe(1);
    const asBob: Ctx = {
      ...system(),
      actor: { kind: 'shopper', customerId: bob.customerId, sessionId: 'ses_y' },
    };
    expect(await transitionOrder(asBob, order.id, 'pay')).toMatchObject({
      ok: false,
      code: 'ORDER_NOT_FOUND',
    });
  });

  it('only confirms receipt of a delivered order, and only staff with orders:write reject refund requests', async () => {
    const order = await place(alice.customerId);
    const confirm = await h().app.inject({
      method: 'POST',
      url: `/api/store/orders/${order.id}/confirm-receipt`,
      headers: bearer(alice.token),
    });
    expect(json(confirm)).toMatchObject({ status: 409, code: 'ORDER_TRANSITION_INVALID' });
    const reject = (token: string) =>
      h().app.inject({
        method: 'POST',
        url: `/api/admin/orders/${order.id}/refund-request/reject`,
        headers: bearer(token),
        payload: { reason: 'no' },
      });
    expect((await reject(await staffToken(h(), shop.merchantId, 'analyst'))).statusCode).toBe(403);
    expect(json(await reject(shop.ownerToken))).toMatchObject({
      status: 409,
      code: 'ORDER_TRANSITION_INVALID',
    });
  });

  it('never records refunds beyond the order total', async () => {
    const order = await place(bob.customerId);
    expect(await recordRefund(system(), order.id, order.total - 100)).toEqual({
      ok: true,
      value: { refundedAmount: order.total - 100, fullyRefunded: false },
    });
    expect(await recordRefund(system(), order.id, 101)).toMatchObject({
      ok: false,
      code: 'ORDER_REFUND_EXCEEDS_PAID',
    });
    expect(await recordRefund(system(), order.id, 100)).toEqual({
      ok: true,
      value: { refundedAmount: order.total, fullyRefunded: true },
    });
    expect(await recordRefund(system(), 'ord_missing', 1)).toMatchObject({
      ok: false,
      code: 'ORDER_NOT_FOUND',
    });
  });
});
