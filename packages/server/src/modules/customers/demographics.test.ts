import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { CURRENT_NOTICE_VERSION } from '../privacy/index.ts';
import { createMerchant, signUpShopper } from '../../testing/fixtures.ts';
import { bearer, describeEachDatabase, json } from '../../testing/harness.ts';

const details = { birthYear: 1991, gender: 'female', city: 'hangzhou', incomeBand: '10k_to_20k' };

describeEachDatabase('shopper-portrait profile fields', (h) => {
  const api = (method: 'GET' | 'PUT', url: string, token: string, payload?: object) =>
    h().app.inject({
      method,
      url: `/api/store${url}`,
      headers: bearer(token),
      ...(payload ? { payload } : {}),
    });
  const consent = (token: string, granted: boolean) =>
    api('PUT', '/privacy/consents', token, {
      noticeVersion: CURRENT_NOTICE_VERSION,
      method: 'settings',
      channel: 'web',
      changes: [{ purpose: 'analytics', granted }],
    });
  const storedRows = async (customerId: string) =>
    (
      (await h().database.db.execute(
        sql`select * from customer_demographics where customer_id = ${customerId}`,
      )) as unknown as { rows: Record<string, unknown>[] }
    ).rows;

  it('refuses to store anything without the analytics consent, and stores nothing', async () => {
    const shop = await createMerchant(h());
    const { token, customerId } = await signUpShopper(h(), shop.handle);
    const refused = await api('PUT', '/me/demographics', token, details);
    expect(refused.statusCode).toBe(403);
    expect(json(refused)).toMatchObject({ code: 'DEMOGRAPHICS_CONSENT_REQUIRED' });
    expect(await storedRows(customerId)).toEqual([]);
    // Clearing is always allowed.
    const cleared = { birthYear: null, gender: null, city: null, incomeBand: null };
    expect((await api('PUT', '/me/demographics', token, cleared)).statusCode).toBe(200);
  });

  it('stores the fields only sealed, reads them back with the tier, and clears them', async () => {
    const shop = await createMerchant(h());
    const { token, customerId } = await signUpShopper(h(), shop.handle);
    expect((await consent(token, true)).statusCode).toBe(200);
    const saved = await api('PUT', '/me/demographics', token, details);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(json(saved)).toEqual({ ...details, cityTier: 'new_1', analyticsConsent: true });
    expect(json(await api('GET', '/me/demographics', token))).toEqual({
      ...details,
      cityTier: 'new_1',
      analyticsConsent: true,
    });

    const [row] = await storedRows(customerId);
    const dump = JSON.stringify(row);
    for (const value of ['1991', 'female', 'hangzhou', '10k_to_20k']) expect(dump).not.toContain(value);
    expect(row?.city_sealed).toEqual(expect.any(String));

    for (const bad of [
      { ...details, city: 'atlantis' },
      { ...details, birthYear: new Date().getUTCFullYear() + 1 },
      { ...details, gender: 'unknown' },
      { ...details, nickname: 'x' },
    ]) {
      const res = await api('PUT', '/me/demographics', token, bad);
      expect(res.statusCode).toBe(400);
    }
    expect(json(await api('GET', '/me/demographics', token))).toMatchObject(details);

    // After withdrawing consent nothing new may be stored, but the shopper can still clear the fields.
    expect((await consent(token, false)).statusCode).toBe(200);
    const later = await api('PUT', '/me/demographics', token, { ...details, city: 'overseas' });
    expect(json(later)).toMatchObject({ code: 'DEMOGRAPHICS_CONSENT_REQUIRED' });
    const cleared = { birthYear: null, gender: null, city: null, incomeBand: null };
    expect(json(await api('PUT', '/me/demographics', token, cleared))).toMatchObject(cleared);
    expect(await storedRows(customerId)).toEqual([]);
  });

  it('lists the city table with tiers for the picker', async () => {
    const shop = await createMerchant(h());
    const { token } = await signUpShopper(h(), shop.handle);
    const cities = json<{ items: { key: string; tier: string }[] }>(await api('GET', '/cities', token)).items;
    expect(cities).toContainEqual({ key: 'shanghai', name: '上海', tier: '1' });
    expect(cities).toContainEqual({ key: 'lanzhou', name: '兰州', tier: '3' });
  });
});
