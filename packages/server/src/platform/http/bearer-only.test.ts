import { expect, it } from 'vitest';
import { createMerchant, FIXTURE_PASSWORD } from '../../testing/fixtures.ts';
import { describeEachDatabase, json } from '../../testing/harness.ts';

// CSRF needs credentials the browser attaches by itself. Hexamall has none: sessions are bearer tokens the
// apps keep in storage and send in the Authorization header (docs/decisions/0008-authentication.md).
// These tests keep it that way: no auth answer sets a cookie, and no cookie ever counts as a sign-in.
describeEachDatabase('sessions are bearer tokens, never cookies', (h) => {
  it('sets no cookie on sign-up, sign-in or sign-out, for shoppers or staff', async () => {
    const shop = await createMerchant(h());
    const headers = { 'x-hexamall-merchant': shop.handle };
    const email = `cookie-${Date.now()}@example.com`;
    const answers = [
      await h().app.inject({
        method: 'POST',
        url: '/api/store/auth/sign-up',
        headers,
        payload: { email, password: FIXTURE_PASSWORD, displayName: 'C' },
      }),
      await h().app.inject({
        method: 'POST',
        url: '/api/store/auth/sign-in',
        headers,
        payload: { email, password: FIXTURE_PASSWORD },
      }),
      await h().app.inject({
        method: 'POST',
        url: '/api/admin/auth/sign-in',
        payload: { merchant: shop.handle, email: `owner@${shop.handle}.test`, password: FIXTURE_PASSWORD },
      }),
      await h().app.inject({ method: 'POST', url: '/api/store/passkeys/authentication/options', headers }),
    ];
    const token = json<{ token: string }>(answers[1]!).token;
    answers.push(
      await h().app.inject({
        method: 'POST',
        url: '/api/store/auth/sign-out',
        headers: { authorization: `Bearer ${token}` },
      }),
    );
    expect(answers.map((res) => res.statusCode)).toEqual([201, 200, 200, 200, 204]);
    for (const res of answers) expect(res.headers['set-cookie']).toBeUndefined();
  });

  it('does not accept a session token sent as a cookie', async () => {
    const shop = await createMerchant(h());
    const signUp = await h().app.inject({
      method: 'POST',
      url: '/api/store/auth/sign-up',
      headers: { 'x-hexamall-merchant': shop.handle },
      payload: { email: `jar-${Date.now()}@example.com`, password: FIXTURE_PASSWORD, displayName: 'J' },
    });
    const shopperToken = json<{ token: string }>(signUp).token;
    const jar = (token: string) => ({
      cookie: `token=${token}; session=${token}; hm.token=${token}; authorization=Bearer%20${token}`,
    });
    const store = await h().app.inject({ method: 'GET', url: '/api/store/me', headers: jar(shopperToken) });
    expect(store.statusCode).toBe(401);
    expect(json(store)).toMatchObject({ code: 'UNAUTHENTICATED' });
    const admin = await h().app.inject({
      method: 'GET',
      url: '/api/admin/me',
      headers: jar(shop.ownerToken),
    });
    expect(admin.statusCode).toBe(401);
    expect(json(admin)).toMatchObject({ code: 'UNAUTHENTICATED' });
    // The same tokens in the Authorization header do work: the refusals above are about the cookie.
    const withHeader = await h().app.inject({
      method: 'GET',
      url: '/api/store/me',
      headers: { authorization: `Bearer ${shopperToken}` },
    });
    expect(withHeader.statusCode).toBe(200);
  });
});
