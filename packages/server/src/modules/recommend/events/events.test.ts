import { and, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { createMerchant, signUpShopper } from '../../../testing/fixtures.ts';
import { describeEachDatabase } from '../../../testing/harness.ts';
import { countEvents } from '../index.ts';
import { event, json, newSessionId, productOf, storeApi, systemOf } from '../recommend-test-support.ts';
import { recommendEvents } from '../schema.ts';

describeEachDatabase('recommend events', (h) => {
  const api = storeApi(h);
  const stored = (merchantId: string) =>
    h().database.db.select().from(recommendEvents).where(eq(recommendEvents.merchantId, merchantId));

  it('stores a batch, drops events about unknown products, and counts shoppers per type', async () => {
    const shop = await createMerchant(h());
    api.useShop(shop.handle);
    const a = await productOf(h(), shop.merchantId, { title: 'Milk powder' });
    const b = await productOf(h(), shop.merchantId, { title: 'Baby bottle' });
    const sessionId = newSessionId();
    const res = await api('POST', '/events', undefined, {
      sessionId,
      device: 'mobile',
      events: [
        event('view', a),
        event('view', b),
        event('add_to_cart', a),
        event('view', 'prod_does_not_exist'),
        event('search'),
      ],
    });
    expect(res.statusCode, res.body).toBe(202);
    expect(json(res)).toEqual({ accepted: 4, ignored: 1 });
    const rows = await stored(shop.merchantId);
    expect(rows).toHaveLength(4);
    expect(rows.every((r) => r.customerId === null && r.sessionKey === sessionId)).toBe(true);

    const other = newSessionId();
    await api('POST', '/events', undefined, {
      sessionId: other,
      device: 'desktop',
      events: [event('view', a)],
    });
    const counts = await countEvents(systemOf(h(), shop.merchantId), {
      from: new Date(Date.now() - 60_000),
      to: new Date(Date.now() + 60_000),
    });
    expect(counts).toMatchObject({ view: 2, add_to_cart: 1, search: 1, purchase: 0 });
  });

  it('refuses bad batches with 400 and stores nothing', async () => {
    const shop = await createMerchant(h());
    api.useShop(shop.handle);
    const a = await productOf(h(), shop.merchantId, { title: 'Milk powder' });
    const sessionId = newSessionId();
    const bad = [
      { sessionId, device: 'mobile', events: [] },
      { sessionId, device: 'mobile', events: Array.from({ length: 51 }, () => event('view', a)) },
      { sessionId, device: 'toaster', events: [event('view', a)] },
      { sessionId: 'x', device: 'mobile', events: [event('view', a)] },
      { sessionId, device: 'mobile', events: [event('teleport', a)] },
      { sessionId, device: 'mobile', events: [{ ...event('view', a), at: 'yesterday' }] },
      { sessionId, device: 'mobile', events: [{ ...event('dwell', a), value: -1 }] },
      { sessionId, device: 'mobile', events: [event('view', a)], extra: true },
    ];
    for (const payload of bad) {
      const res = await api('POST', '/events', undefined, payload);
      expect(res.statusCode, JSON.stringify(payload).slice(0, 80)).toBe(400);
      expect(json(res)).toMatchObject({ code: 'VALIDATION_FAILED' });
    }
    expect(await stored(shop.merchantId)).toHaveLength(0);
  });

  it('joins events to the shopper only with personalisation consent; erasure removes them', async () => {
    const shop = await createMerchant(h());
    api.useShop(shop.handle);
    const a = await productOf(h(), shop.merchantId, { title: 'Milk powder' });
    const shopper = await signUpShopper(h(), shop.handle);
    const send = () =>
      api('POST', '/events', shopper.token, {
        sessionId: newSessionId(),
        device: 'mobile',
        events: [event('view', a)],
      });
    expect((await send()).statusCode).toBe(202);
    const mine = () =>
      h()
        .database.db.select()
        .from(recommendEvents)
        .where(
          and(
            eq(recommendEvents.merchantId, shop.merchantId),
            eq(recommendEvents.customerId, shopper.customerId),
          ),
        );
    expect(await mine()).toHaveLength(0);

    const consent = await api('PUT', '/privacy/consents', shopper.token, {
      noticeVersion: '2026-12-01',
      method: 'settings',
      channel: 'web',
      changes: [{ purpose: 'personalisation', granted: true }],
    });
    expect(consent.statusCode, consent.body).toBe(200);
    expect((await send()).statusCode).toBe(202);
    expect(await mine()).toHaveLength(1);

    const exported = await h()
      .app.runtime.personalData.find((s) => s.module === 'recommend')!
      .contributor.exportSubject(systemOf(h(), shop.merchantId), {
        merchantId: shop.merchantId,
        customerId: shopper.customerId,
      });
    expect(exported).toMatchObject({ browsingAndPurchaseEvents: [{ type: 'view', productId: a }] });

    const erase = await api('POST', '/privacy/requests', shopper.token, { kind: 'erasure' });
    expect(erase.statusCode, erase.body).toBe(201);
    await h().app.runtime.jobs.runDue();
    await h().app.runtime.events.drain();
    await h().app.runtime.jobs.runDue();
    expect(await mine()).toHaveLength(0);
    // The session-only row from before consent stays: it was never the person's.
    expect(await stored(shop.merchantId)).toHaveLength(1);
  });
});
