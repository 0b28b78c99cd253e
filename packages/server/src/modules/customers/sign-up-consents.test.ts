import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { FIXTURE_PASSWORD, createMerchant } from '../../testing/fixtures.ts';
import { bearer, describeEachDatabase, json } from '../../testing/harness.ts';
import { CURRENT_NOTICE_VERSION } from '../privacy/index.ts';
import { customers } from './schema.ts';

interface Consents {
  reviewNeeded: boolean;
  items: { purpose: string; granted: boolean; method: string | null; noticeVersion: string | null }[];
}

describeEachDatabase('consent given at sign-up', (h) => {
  const signUp = (handle: string, email: string, consents?: object) =>
    h().app.inject({
      method: 'POST',
      url: '/api/store/auth/sign-up',
      headers: { 'x-hexamall-merchant': handle },
      payload: { email, password: FIXTURE_PASSWORD, displayName: 'Lin', ...(consents ? { consents } : {}) },
    });
  const consentsOf = async (token: string) =>
    json<Consents>(
      await h().app.inject({ method: 'GET', url: '/api/store/privacy/consents', headers: bearer(token) }),
    );
  const accounts = async (merchantId: string) =>
    (await h().database.db.select().from(customers).where(eq(customers.merchantId, merchantId))).length;

  it('records the choices made on the form, as made at sign-up under the notice shown', async () => {
    const shop = await createMerchant(h());
    const res = await signUp(shop.handle, 'lin@example.com', {
      noticeVersion: CURRENT_NOTICE_VERSION,
      channel: 'web',
      changes: [
        { purpose: 'personalisation', granted: true },
        { purpose: 'marketing', granted: false },
      ],
    });
    expect(res.statusCode, res.body).toBe(201);
    const consents = await consentsOf(json<{ token: string }>(res).token);
    expect(consents.items.find((c) => c.purpose === 'personalisation')).toMatchObject({
      granted: true,
      method: 'sign_up',
      noticeVersion: CURRENT_NOTICE_VERSION,
    });
    // An explicit "no" is kept too: it proves the shopper was asked.
    expect(consents.items.find((c) => c.purpose === 'marketing')).toMatchObject({
      granted: false,
      method: 'sign_up',
    });
    expect(consents.items.find((c) => c.purpose === 'analytics')?.method).toBeNull();
    expect(consents.reviewNeeded).toBe(false);
  });

  it('refuses a separate-consent grant bundled with sign-up, and creates no account', async () => {
    const shop = await createMerchant(h());
    const res = await signUp(shop.handle, 'bundled@example.com', {
      noticeVersion: CURRENT_NOTICE_VERSION,
      channel: 'app',
      changes: [{ purpose: 'sensitive_data', granted: true }],
    });
    expect(res.statusCode).toBe(422);
    expect(json(res)).toMatchObject({ code: 'CONSENT_NOT_SEPARATE' });
    expect(await accounts(shop.merchantId)).toBe(0);
    // The refusal rolled everything back: the address is still free.
    expect((await signUp(shop.handle, 'bundled@example.com')).statusCode).toBe(201);
  });

  it('refuses consent to a notice that is not in force, and creates no account', async () => {
    const shop = await createMerchant(h());
    const res = await signUp(shop.handle, 'old@example.com', {
      noticeVersion: '2020-01-01',
      channel: 'web',
      changes: [{ purpose: 'analytics', granted: true }],
    });
    expect(res.statusCode).toBe(409);
    expect(json(res)).toMatchObject({ code: 'CONSENT_NOTICE_OUTDATED' });
    expect(await accounts(shop.merchantId)).toBe(0);
  });

  it('rolls back a duplicate sign-up entirely', async () => {
    const shop = await createMerchant(h());
    expect((await signUp(shop.handle, 'twice@example.com')).statusCode).toBe(201);
    const again = await signUp(shop.handle, 'twice@example.com', {
      noticeVersion: CURRENT_NOTICE_VERSION,
      channel: 'web',
      changes: [{ purpose: 'analytics', granted: true }],
    });
    expect(again.statusCode).toBe(409);
    expect(json(again)).toMatchObject({ code: 'EMAIL_TAKEN' });
    expect(await accounts(shop.merchantId)).toBe(1);
  });
});
