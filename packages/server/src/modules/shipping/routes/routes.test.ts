import { beforeAll, expect, it } from 'vitest';
import { bearer, describeEachDatabase, json } from '../../../testing/harness.ts';
import { createMerchant, staffToken } from '../../../testing/fixtures.ts';
import { systemCtx, unwrap } from '../../../platform/index.ts';
import { createShipment } from '../services/create-shipment.ts';
import { weightTemplate } from '../test-support.ts';

describeEachDatabase('shipping routes', (h) => {
  let shop: { merchantId: string; handle: string; ownerToken: string };
  let other: { merchantId: string; handle: string; ownerToken: string };
  let analyst: string;
  let service: string;
  const admin = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: unknown, token?: string) =>
    h().app.inject({
      method,
      url: `/api/admin${url}`,
      headers: bearer(token ?? shop.ownerToken),
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  const quote = (payload: unknown, handle = shop.handle) =>
    h().app.inject({
      method: 'POST',
      url: '/api/store/shipping/quote',
      headers: { 'x-hexamall-merchant': handle },
      payload: payload as object,
    });

  beforeAll(async () => {
    shop = await createMerchant(h());
    other = await createMerchant(h());
    analyst = await staffToken(h(), shop.merchantId, 'analyst');
    service = await staffToken(h(), shop.merchantId, 'customer_service');
  });

  it('manages rate templates and quotes the checkout page', async () => {
    expect((await admin('POST', '/shipping/templates', weightTemplate(), analyst)).statusCode).toBe(403);
    const created = await admin('POST', '/shipping/templates', weightTemplate({ freeThreshold: 20_000 }));
    expect(created.statusCode, created.body).toBe(201);
    const tpl = json<{ id: string; isDefault: boolean }>(created);
    expect(tpl.isDefault).toBe(true);
    const listed = json<{ items: { id: string }[] }>(
      await admin('GET', '/shipping/templates', undefined, analyst),
    );
    expect(listed.items.map((t) => t.id)).toEqual([tpl.id]);
    const items = [{ quantity: 2, weightGrams: 800 }];
    const res = await quote({ province: '浙江省', items, subtotal: 10_000 });
    expect(res.statusCode, res.body).toBe(200);
    expect(json(res)).toEqual({ amount: 800 + 400, currency: 'CNY', templateId: tpl.id });
    expect(json(await quote({ province: '浙江省', items, subtotal: 20_000 }))).toMatchObject({ amount: 0 });
    expect((await quote({ province: '浙江', items, subtotal: 1, weight: 5 })).statusCode).toBe(400);
    expect(
      (await quote({ province: '浙江', items: [{ quantity: 0, weightGrams: 1 }], subtotal: 1 })).statusCode,
    ).toBe(400);
    const elsewhere = await quote({ province: '浙江', items, subtotal: 1 }, other.handle);
    expect(elsewhere.statusCode).toBe(404);
    expect(json(elsewhere)).toMatchObject({ code: 'SHIPPING_TEMPLATE_NOT_FOUND' });
    const replaced = await admin('PUT', `/shipping/templates/${tpl.id}`, weightTemplate({ name: 'Renamed' }));
    expect(json(replaced)).toMatchObject({ name: 'Renamed', freeThreshold: null, isDefault: true });
    const overlapping = weightTemplate({ rules: [...weightTemplate().rules, weightTemplate().rules[0]!] });
    const invalid = await admin('PUT', `/shipping/templates/${tpl.id}`, overlapping);
    expect(invalid.statusCode).toBe(422);
    expect(json(invalid)).toMatchObject({ code: 'SHIPPING_RULES_INVALID' });
    expect(
      (await admin('GET', `/shipping/templates/${tpl.id}`, undefined, other.ownerToken)).statusCode,
    ).toBe(404);
    expect((await admin('DELETE', `/shipping/templates/${tpl.id}`)).statusCode).toBe(204);
    expect((await quote({ province: '浙江', items, subtotal: 1 })).statusCode).toBe(404);
  });

  it('records tracking scans and lists an order’s shipments by permission', async () => {
    const ctx = systemCtx(h().database.db, shop.merchantId, 'test', h().privacy);
    const shipment = unwrap(
      await createShipment(ctx, { orderId: 'ord_http', carrier: 'SF', trackingNumber: 'SF900' }),
    );
    const scan = {
      occurredAt: '2026-05-01T10:00:00Z',
      status: 'delivered',
      description: '已签收',
      location: null,
    };
    expect((await admin('POST', `/shipments/${shipment.id}/events`, scan, service)).statusCode).toBe(403);
    expect((await admin('POST', `/shipments/${shipment.id}/events`, scan, other.ownerToken)).statusCode).toBe(
      404,
    );
    expect(
      (await admin('POST', `/shipments/${shipment.id}/events`, { ...scan, status: 'lost' })).statusCode,
    ).toBe(400);
    const recorded = await admin('POST', `/shipments/${shipment.id}/events`, scan);
    expect(recorded.statusCode, recorded.body).toBe(200);
    expect(json(recorded)).toMatchObject({ status: 'delivered', events: [{ description: '已签收' }] });
    const listed = await admin('GET', '/shipments?orderId=ord_http', undefined, analyst);
    expect(listed.statusCode).toBe(200);
    expect(json(listed)).toMatchObject({ items: [{ id: shipment.id, status: 'delivered' }] });
    expect(json(await admin('GET', '/shipments?orderId=ord_http', undefined, other.ownerToken))).toEqual({
      items: [],
    });
    expect((await admin('GET', '/shipments')).statusCode).toBe(400);
  });
});
