import { asc, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { newId, systemCtx, type Ctx } from '../../../platform/index.ts';
import { createMerchant, signUpShopper } from '../../../testing/fixtures.ts';
import { bearer, describeEachDatabase, json } from '../../../testing/harness.ts';
import { hasConsent, subjectsWithConsent } from './index.ts';
import { consentRecords } from './tables.ts';

interface Consent {
  purpose: string;
  granted: boolean;
  noticeVersion: string | null;
  method: string | null;
  channel: string | null;
}
interface Consents {
  currentNoticeVersion: string;
  reviewNeeded: boolean;
  items: Consent[];
}

describeEachDatabase('consent', (h) => {
  const put = (token: string, changes: { purpose: string; granted: boolean }[], extra: object = {}) =>
    h().app.inject({
      method: 'PUT',
      url: '/api/store/privacy/consents',
      headers: bearer(token),
      payload: { noticeVersion: '2026-12-01', method: 'settings', channel: 'app', changes, ...extra },
    });
  const get = async (token: string) =>
    json<Consents>(
      await h().app.inject({ method: 'GET', url: '/api/store/privacy/consents', headers: bearer(token) }),
    );
  const granted = (consents: Consents, purpose: string) =>
    consents.items.find((c) => c.purpose === purpose)?.granted;
  const historyOf = (customerId: string) =>
    h()
      .database.db.select()
      .from(consentRecords)
      .where(eq(consentRecords.subjectId, customerId))
      .orderBy(asc(consentRecords.at), asc(consentRecords.id));
  const system = (merchantId: string): Ctx => systemCtx(h().database.db, merchantId, 'test', h().privacy);

  it('grants nothing until the shopper opts in, and lists every purpose', async () => {
    const shop = await createMerchant(h());
    const { token, customerId } = await signUpShopper(h(), shop.handle);
    const consents = await get(token);
    expect(consents.items.map((c) => c.purpose)).toEqual([
      'personalisation',
      'marketing',
      'analytics',
      'third_party_sharing',
      'cross_border',
      'sensitive_data',
    ]);
    expect(consents.items.every((c) => !c.granted && c.noticeVersion === null)).toBe(true);
    expect(await hasConsent(system(shop.merchantId), customerId, 'marketing')).toBe(false);
  });

  it('grants, then a withdrawal bites on the very next request, keeping the history', async () => {
    const shop = await createMerchant(h());
    const { token, customerId } = await signUpShopper(h(), shop.handle);
    const res = await put(token, [
      { purpose: 'personalisation', granted: true },
      { purpose: 'marketing', granted: true },
    ]);
    expect(res.statusCode, res.body).toBe(200);
    const after = json<Consents>(res);
    expect(granted(after, 'personalisation')).toBe(true);
    expect(after.items.find((c) => c.purpose === 'marketing')).toMatchObject({
      granted: true,
      noticeVersion: '2026-12-01',
      method: 'settings',
      channel: 'app',
    });
    expect(await hasConsent(system(shop.merchantId), customerId, 'marketing')).toBe(true);
    // Consent to one purpose says nothing about another.
    expect(await hasConsent(system(shop.merchantId), customerId, 'analytics')).toBe(false);

    expect((await put(token, [{ purpose: 'marketing', granted: false }])).statusCode).toBe(200);
    expect(await hasConsent(system(shop.merchantId), customerId, 'marketing')).toBe(false);
    expect(granted(await get(token), 'marketing')).toBe(false);
    expect(granted(await get(token), 'personalisation')).toBe(true);

    const history = await historyOf(customerId);
    expect(history.filter((r) => r.purpose === 'marketing').map((r) => r.granted)).toEqual([true, false]);
  });

  it("answers for many people at once from each one's latest choice", async () => {
    const shop = await createMerchant(h());
    const [a, b, c] = [
      await signUpShopper(h(), shop.handle),
      await signUpShopper(h(), shop.handle),
      await signUpShopper(h(), shop.handle),
    ];
    await put(a.token, [{ purpose: 'analytics', granted: true }]);
    await put(b.token, [{ purpose: 'analytics', granted: true }]);
    await put(b.token, [{ purpose: 'analytics', granted: false }]);
    await put(c.token, [{ purpose: 'marketing', granted: true }]);
    const ids = [c.customerId, b.customerId, a.customerId];
    expect(await subjectsWithConsent(system(shop.merchantId), ids, 'analytics')).toEqual([a.customerId]);
    expect(await subjectsWithConsent(system(shop.merchantId), ids, 'marketing')).toEqual([c.customerId]);
    const other = await createMerchant(h());
    expect(await subjectsWithConsent(system(other.merchantId), ids, 'analytics')).toEqual([]);
  });

  it("keeps each shopper's consent their own", async () => {
    const shop = await createMerchant(h());
    const alice = await signUpShopper(h(), shop.handle);
    const bob = await signUpShopper(h(), shop.handle);
    await put(alice.token, [{ purpose: 'analytics', granted: true }]);
    expect(granted(await get(alice.token), 'analytics')).toBe(true);
    expect(granted(await get(bob.token), 'analytics')).toBe(false);
    expect(await hasConsent(system(shop.merchantId), bob.customerId, 'analytics')).toBe(false);
    // Nor is it visible from another merchant.
    const other = await createMerchant(h());
    expect(await hasConsent(system(other.merchantId), alice.customerId, 'analytics')).toBe(false);
  });

  it('asks for sensitive data, sharing and cross-border transfer to be granted on their own', async () => {
    const shop = await createMerchant(h());
    const { token, customerId } = await signUpShopper(h(), shop.handle);
    const bundled = await put(token, [
      { purpose: 'personalisation', granted: true },
      { purpose: 'sensitive_data', granted: true },
    ]);
    expect(bundled.statusCode).toBe(422);
    expect(json(bundled)).toMatchObject({ code: 'CONSENT_NOT_SEPARATE' });
    expect(granted(await get(token), 'personalisation')).toBe(false);

    expect((await put(token, [{ purpose: 'sensitive_data', granted: true }])).statusCode).toBe(200);
    expect(await hasConsent(system(shop.merchantId), customerId, 'sensitive_data')).toBe(true);
    expect(await hasConsent(system(shop.merchantId), customerId, 'personalisation')).toBe(false);
    // Withdrawing stays as easy as it can be: bundled.
    const withdrawAll = await put(token, [
      { purpose: 'sensitive_data', granted: false },
      { purpose: 'marketing', granted: false },
    ]);
    expect(withdrawAll.statusCode).toBe(200);
    expect(await hasConsent(system(shop.merchantId), customerId, 'sensitive_data')).toBe(false);
  });

  it('refuses guests, unknown purposes and repeated purposes', async () => {
    const shop = await createMerchant(h());
    const { token } = await signUpShopper(h(), shop.handle);
    const guest = await h().app.inject({
      method: 'GET',
      url: '/api/store/privacy/consents',
      headers: { 'x-hexamall-merchant': shop.handle },
    });
    expect(guest.statusCode).toBe(401);
    expect((await put(token, [{ purpose: 'location', granted: true }])).statusCode).toBe(400);
    const twice = await put(token, [
      { purpose: 'marketing', granted: true },
      { purpose: 'marketing', granted: false },
    ]);
    expect(twice.statusCode).toBe(400);
  });

  it('records a repeated choice only when the notice changed, and asks again after a new notice', async () => {
    const shop = await createMerchant(h());
    const { token, customerId } = await signUpShopper(h(), shop.handle);
    // A grant recorded under the notice in force before the current one.
    await h()
      .database.db.insert(consentRecords)
      .values({
        id: newId('cns'),
        merchantId: shop.merchantId,
        subjectId: customerId,
        purpose: 'marketing',
        granted: true,
        noticeVersion: '2026-06-01',
        method: 'settings',
        channel: 'app',
        at: new Date(Date.now() - 86_400_000),
      });
    expect((await get(token)).reviewNeeded).toBe(true);
    await put(token, [{ purpose: 'marketing', granted: true }]);
    await put(token, [{ purpose: 'marketing', granted: true }]);
    expect((await historyOf(customerId)).map((r) => r.noticeVersion)).toEqual(['2026-06-01', '2026-12-01']);
    expect((await get(token)).reviewNeeded).toBe(false);
  });

  it('tells guests which notice is in force', async () => {
    const shop = await createMerchant(h());
    const res = await h().app.inject({
      method: 'GET',
      url: '/api/store/privacy/notice',
      headers: { 'x-hexamall-merchant': shop.handle },
    });
    expect(res.statusCode).toBe(200);
    expect(json(res)).toEqual({
      version: (await get((await signUpShopper(h(), shop.handle)).token)).currentNoticeVersion,
    });
  });

  it('refuses a choice made under a notice that is not in force, recording nothing', async () => {
    const shop = await createMerchant(h());
    const { token, customerId } = await signUpShopper(h(), shop.handle);
    const future = await put(token, [{ purpose: 'marketing', granted: true }], {
      noticeVersion: '2027-01-01',
    });
    expect(future.statusCode).toBe(409);
    expect(json(future)).toMatchObject({ code: 'CONSENT_NOTICE_OUTDATED' });
    expect(await historyOf(customerId)).toEqual([]);
  });
});
