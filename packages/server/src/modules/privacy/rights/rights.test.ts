import { eq, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { systemCtx } from '../../../platform/index.ts';
import { createMerchant, signUpShopper, staffToken } from '../../../testing/fixtures.ts';
import { bearer, describeEachDatabase, json } from '../../../testing/harness.ts';
import { consentRecords } from '../consent/tables.ts';
import { gatherPersonalData } from './services/gather-personal-data.ts';
import { privacyRequests } from './tables.ts';

interface Request {
  id: string;
  kind: string;
  state: string;
  dueAt: string;
  receivedAt: string;
  archiveUrl: string | null;
  resolution: string | null;
}
interface AdminRequest extends Request {
  subjectId: string;
  overdue: boolean;
  daysLeft: number | null;
}

describeEachDatabase('data-subject requests', (h) => {
  const store = (method: 'GET' | 'POST', url: string, token: string, payload?: object) =>
    h().app.inject({
      method,
      url: `/api/store${url}`,
      headers: bearer(token),
      ...(payload ? { payload } : {}),
    });
  const admin = (method: 'GET' | 'POST', url: string, token: string, payload?: object) =>
    h().app.inject({
      method,
      url: `/api/admin${url}`,
      headers: bearer(token),
      ...(payload ? { payload } : {}),
    });
  const mine = async (token: string) =>
    json<{ items: Request[] }>(await store('GET', '/privacy/requests', token)).items;

  it("exports a shopper's data as a JSON archive through a job, with a 30-day deadline", async () => {
    const shop = await createMerchant(h());
    const { token, customerId } = await signUpShopper(h(), shop.handle);
    const created = await store('POST', '/privacy/requests', token, { kind: 'export' });
    expect(created.statusCode, created.body).toBe(201);
    const request = json<Request>(created);
    expect(request).toMatchObject({ kind: 'export', state: 'received', archiveUrl: null });
    const days = (Date.parse(request.dueAt) - Date.parse(request.receivedAt)) / 86_400_000;
    expect(days).toBe(30);
    // A second tap while the first is open queues nothing.
    const again = await store('POST', '/privacy/requests', token, { kind: 'export' });
    expect(again.statusCode).toBe(409);
    expect(json(again)).toMatchObject({ code: 'PRIVACY_REQUEST_OPEN' });
    const early = await store('GET', `/privacy/requests/${request.id}/archive`, token);
    expect(json(early)).toMatchObject({ code: 'PRIVACY_EXPORT_UNAVAILABLE' });

    await h().app.runtime.jobs.runDue();
    const [done] = await mine(token);
    expect(done).toMatchObject({
      id: request.id,
      state: 'completed',
      archiveUrl: `/api/store/privacy/requests/${request.id}/archive`,
    });
    const archive = await h().app.inject({
      method: 'GET',
      url: done?.archiveUrl ?? '',
      headers: bearer(token),
    });
    expect(archive.statusCode, archive.body).toBe(200);
    expect(archive.headers['content-disposition']).toContain('attachment');
    expect(json(archive)).toMatchObject({
      format: 'hexamall.personal-data/1',
      subjectId: customerId,
      modules: { customers: { profile: { id: customerId, displayName: 'Shopper' } } },
    });

    // Another shopper cannot fetch it.
    const other = await signUpShopper(h(), shop.handle);
    expect((await store('GET', `/privacy/requests/${request.id}/archive`, other.token)).statusCode).toBe(404);
    expect(await mine(other.token)).toEqual([]);
  });

  it('erases on request: the request completes and what the privacy module held is gone', async () => {
    const shop = await createMerchant(h());
    const { token, customerId } = await signUpShopper(h(), shop.handle);
    const owner = shop.ownerToken;
    await store('POST', '/privacy/requests', token, {
      kind: 'rectification',
      details: 'My name is spelt Lei, not Lie',
    });
    const consent = await h().app.inject({
      method: 'PUT',
      url: '/api/store/privacy/consents',
      headers: bearer(token),
      payload: {
        noticeVersion: '2026-12-01',
        method: 'settings',
        channel: 'web',
        changes: [{ purpose: 'marketing', granted: true }],
      },
    });
    expect(consent.statusCode).toBe(200);
    const erasure = json<Request>(await store('POST', '/privacy/requests', token, { kind: 'erasure' }));
    await h().app.runtime.jobs.runDue();

    const closed = json<{ items: AdminRequest[] }>(
      await admin('GET', '/privacy/requests?status=closed', owner),
    ).items;
    expect(closed.filter((r) => r.subjectId === customerId)).toMatchObject([
      { id: erasure.id, kind: 'erasure', state: 'completed' },
    ]);
    const open = json<{ items: AdminRequest[] }>(await admin('GET', '/privacy/requests', owner)).items;
    expect(open.filter((r) => r.subjectId === customerId)).toEqual([]);
    // The customers module ended every session in the same transaction.
    expect((await store('GET', '/privacy/requests', token)).statusCode).toBe(401);
    const subject = { merchantId: shop.merchantId, customerId };
    const system = systemCtx(h().database.db, shop.merchantId, 'test', h().privacy);
    expect(await gatherPersonalData(system, h().app.runtime.personalData, subject)).toEqual({});
    const left = await h()
      .database.db.select()
      .from(consentRecords)
      .where(eq(consentRecords.subjectId, customerId));
    expect(left).toEqual([]);
  });

  it('lets customer service see requests and due dates, and only staff managers act on them', async () => {
    const shop = await createMerchant(h());
    const { token, customerId } = await signUpShopper(h(), shop.handle);
    const service = await staffToken(h(), shop.merchantId, 'customer_service');
    const analyst = await staffToken(h(), shop.merchantId, 'analyst');
    const request = json<Request>(
      await store('POST', '/privacy/requests', token, {
        kind: 'rectification',
        details: 'Wrong phone on order 12',
      }),
    );

    expect((await admin('GET', '/privacy/requests', analyst)).statusCode).toBe(403);
    const listed = json<{ items: AdminRequest[] }>(await admin('GET', '/privacy/requests', service)).items;
    expect(listed.find((r) => r.id === request.id)).toMatchObject({
      subjectId: customerId,
      overdue: false,
      daysLeft: 29,
    });
    const detail = await admin('GET', `/privacy/requests/${request.id}`, service);
    expect(json(detail)).toMatchObject({ details: 'Wrong phone on order 12' });
    expect((await admin('POST', `/privacy/requests/${request.id}/start`, service, {})).statusCode).toBe(403);

    const owner = shop.ownerToken;
    expect((await admin('POST', `/privacy/requests/${request.id}/complete`, owner, {})).statusCode).toBe(409);
    expect(json(await admin('POST', `/privacy/requests/${request.id}/start`, owner, {}))).toMatchObject({
      state: 'in_progress',
    });
    const completed = await admin('POST', `/privacy/requests/${request.id}/complete`, owner, {
      resolution: 'Corrected',
    });
    expect(json(completed)).toMatchObject({ state: 'completed', overdue: false, daysLeft: null });
    expect((await mine(token))[0]).toMatchObject({ state: 'completed', resolution: 'Corrected' });

    // Another merchant's staff see nothing of it.
    const other = await createMerchant(h());
    expect((await admin('GET', `/privacy/requests/${request.id}`, other.ownerToken)).statusCode).toBe(404);
    expect(
      (await admin('POST', `/privacy/requests/${request.id}/reject`, other.ownerToken, { resolution: 'no' }))
        .statusCode,
    ).toBe(404);
  });

  it('flags requests still open after their due date, and rejections need a reason', async () => {
    const shop = await createMerchant(h());
    const { token } = await signUpShopper(h(), shop.handle);
    const request = json<Request>(
      await store('POST', '/privacy/requests', token, { kind: 'rectification', details: 'Wrong birthday' }),
    );
    await h()
      .database.db.update(privacyRequests)
      .set({ dueAt: sql`now() - interval '47 hours'` })
      .where(eq(privacyRequests.id, request.id));
    const listed = json<{ items: AdminRequest[] }>(
      await admin('GET', '/privacy/requests', shop.ownerToken),
    ).items;
    expect(listed.find((r) => r.id === request.id)).toMatchObject({ overdue: true, daysLeft: -2 });
    expect(
      (await admin('POST', `/privacy/requests/${request.id}/reject`, shop.ownerToken, {})).statusCode,
    ).toBe(400);
    const rejected = await admin('POST', `/privacy/requests/${request.id}/reject`, shop.ownerToken, {
      resolution: 'We hold no birthday for you',
    });
    expect(json(rejected)).toMatchObject({ state: 'rejected', overdue: false });
  });

  it('asks rectification requests to say what is wrong, without card numbers, and refuses guests', async () => {
    const shop = await createMerchant(h());
    const { token } = await signUpShopper(h(), shop.handle);
    expect((await store('POST', '/privacy/requests', token, { kind: 'rectification' })).statusCode).toBe(400);
    expect(
      (await store('POST', '/privacy/requests', token, { kind: 'export', details: 'x' })).statusCode,
    ).toBe(400);
    const card = await store('POST', '/privacy/requests', token, {
      kind: 'rectification',
      details: 'I paid with 4111 1111 1111 1111, fix the name on it',
    });
    expect(json(card)).toMatchObject({ code: 'CARD_NUMBER_REFUSED' });
    const guest = await h().app.inject({
      method: 'POST',
      url: '/api/store/privacy/requests',
      headers: { 'x-hexamall-merchant': shop.handle },
      payload: { kind: 'export' },
    });
    expect(guest.statusCode).toBe(401);
  });
});
