import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { CURRENT_NOTICE_VERSION } from '../privacy/index.ts';
import { createMerchant, signUpShopper, staffToken } from '../../testing/fixtures.ts';
import { bearer, describeEachDatabase, json } from '../../testing/harness.ts';
import { buyer, orderOne, pay, sellingShop } from './analytics-test-support.ts';
import { ageBandOf } from './services/portrait.ts';

interface Cell {
  band: string;
  count: number | null;
}
interface Portrait {
  k: number;
  shoppers: number | null;
  dimensions: Record<'age' | 'gender' | 'cityTier' | 'income', Cell[]> | null;
}

describeEachDatabase('analytics: funnel and shopper portrait', (h) => {
  const store = (method: 'PUT' | 'POST', url: string, token: string, payload: object) =>
    h().app.inject({ method, url: `/api/store${url}`, headers: bearer(token), payload });
  const admin = (url: string, token: string) =>
    h().app.inject({ method: 'GET', url: `/api/admin${url}`, headers: bearer(token) });
  const consent = (token: string, granted: boolean) =>
    store('PUT', '/privacy/consents', token, {
      noticeVersion: CURRENT_NOTICE_VERSION,
      method: 'settings',
      channel: 'web',
      changes: [{ purpose: 'analytics', granted }],
    });
  const shopperWith = async (handle: string, details: object, keepConsent = true) => {
    const shopper = await signUpShopper(h(), handle);
    expect((await consent(shopper.token, true)).statusCode).toBe(200);
    const saved = await store('PUT', '/me/demographics', shopper.token, {
      birthYear: null,
      gender: null,
      city: null,
      incomeBand: null,
      ...details,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    if (!keepConsent) expect((await consent(shopper.token, false)).statusCode).toBe(200);
    return shopper;
  };

  it('counts only consenting shoppers, suppresses bands under 5, and audits one read per person', async () => {
    const shop = await createMerchant(h());
    const people: object[] = [
      ...Array.from({ length: 6 }, () => ({ gender: 'female' })),
      ...Array.from({ length: 2 }, () => ({ gender: 'male' })),
      ...Array.from({ length: 2 }, () => ({ gender: 'other' })),
    ].map((p, i) => ({ ...p, birthYear: 1990, city: i % 2 === 0 ? 'shanghai' : 'lanzhou' }));
    for (const person of people) await shopperWith(shop.handle, person);
    // Filled in, then withdrew: never counted, never opened.
    const withdrawn = await shopperWith(shop.handle, { gender: 'male', city: 'shanghai' }, false);

    const analyst = await staffToken(h(), shop.merchantId, 'analyst');
    const res = await admin('/analytics/portrait', analyst);
    expect(res.statusCode, res.body).toBe(200);
    const body = json<Portrait>(res);
    expect(body.shoppers).toBe(10);
    const of = (dim: keyof NonNullable<Portrait['dimensions']>) =>
      Object.fromEntries(body.dimensions![dim].map((c) => [c.band, c.count]));
    expect(of('gender')).toEqual({ female: 6, male: null, other: null, unknown: 0 });
    expect(of('cityTier')).toMatchObject({ '1': 5, '3': 5, new_1: 0, other: 0, unknown: 0 });
    expect(of('income')).toMatchObject({ unknown: 10, under_3k: 0 });
    expect(of('age')[ageBandOf(1990, new Date().getUTCFullYear())]).toBe(10);

    await h().privacy.audit.flush();
    const audited = (
      (await h().database.db.execute(sql`
        select subject_id, operation from privacy_audit_log
        where merchant_id = ${shop.merchantId} and purpose = 'analytics'`)) as unknown as {
        rows: { subject_id: string; operation: string }[];
      }
    ).rows;
    expect(audited).toHaveLength(10);
    expect(new Set(audited.map((a) => a.subject_id)).size).toBe(10);
    expect(audited.every((a) => a.operation === 'read')).toBe(true);
    expect(audited.map((a) => a.subject_id)).not.toContain(withdrawn.customerId);
  });

  it('shows nothing but "<5" when fewer than 5 shoppers consent', async () => {
    const shop = await createMerchant(h());
    for (let i = 0; i < 3; i += 1) await shopperWith(shop.handle, { gender: 'female' });
    const body = json<Portrait>(await admin('/analytics/portrait', shop.ownerToken));
    expect(body).toEqual({ k: 5, shoppers: null, dimensions: null });
  });

  it('counts the funnel from storefront events and orders, with conversion rates', async () => {
    const shop = await sellingShop(h());
    const { productId, skuId } = shop;
    const at = new Date().toISOString();
    const sessions = ['sess_aaaaaaaa01', 'sess_aaaaaaaa02', 'sess_aaaaaaaa03', 'sess_aaaaaaaa04'];
    for (const [i, sessionId] of sessions.entries()) {
      const events = [{ type: 'view', productId, at }];
      if (i < 2) events.push({ type: 'add_to_cart', productId, at });
      const res = await h().app.inject({
        method: 'POST',
        url: '/api/store/events',
        headers: { 'x-hexamall-merchant': shop.handle },
        payload: { sessionId, device: 'mobile', events },
      });
      expect(res.statusCode, res.body).toBe(202);
    }
    const regular = await buyer(h(), shop.handle);
    const hesitant = await buyer(h(), shop.handle);
    const paid = await orderOne(h(), regular, skuId);
    await orderOne(h(), regular, skuId);
    await orderOne(h(), hesitant, skuId);
    await pay(h(), regular, paid);

    const from = new Date(Date.now() - 3_600_000).toISOString();
    const to = new Date(Date.now() + 3_600_000).toISOString();
    const res = await admin(`/analytics/funnel?from=${from}&to=${to}`, shop.ownerToken);
    expect(res.statusCode, res.body).toBe(200);
    expect(json(res)).toMatchObject({
      steps: [
        { step: 'view', shoppers: 4, fromPrevious: null, fromFirst: null },
        { step: 'add_to_cart', shoppers: 2, fromPrevious: 0.5, fromFirst: 0.5 },
        { step: 'order_placed', shoppers: 2, fromPrevious: 1, fromFirst: 0.5 },
        { step: 'paid', shoppers: 1, fromPrevious: 0.5, fromFirst: 0.25 },
      ],
      orders: { placed: 3, paid: 1 },
    });

    // A range before any of it counts nothing; a reversed or unparsable one is refused.
    const earlier = await admin(`/analytics/funnel?from=2020-01-01&to=2020-01-08`, shop.ownerToken);
    expect(json<{ steps: { shoppers: number }[] }>(earlier).steps.map((s) => s.shoppers)).toEqual([
      0, 0, 0, 0,
    ]);
    for (const query of [`from=${to}&to=${from}`, 'from=yesterday', 'from=2020-01-01&to=2022-01-01']) {
      const bad = await admin(`/analytics/funnel?${query}`, shop.ownerToken);
      expect(bad.statusCode).toBe(400);
      expect(json(bad)).toMatchObject({ code: 'ANALYTICS_RANGE_INVALID' });
    }
  });

  it('is for owners and analysts only', async () => {
    const shop = await createMerchant(h());
    for (const role of ['customer_service', 'operator'] as const) {
      const token = await staffToken(h(), shop.merchantId, role);
      for (const url of ['/analytics/funnel', '/analytics/portrait'])
        expect((await admin(url, token)).statusCode).toBe(403);
    }
    const analyst = await staffToken(h(), shop.merchantId, 'analyst');
    expect((await admin('/analytics/funnel', analyst)).statusCode).toBe(200);
    const { token: shopper } = await signUpShopper(h(), shop.handle);
    expect((await admin('/analytics/portrait', shopper)).statusCode).toBe(401);
  });
});
