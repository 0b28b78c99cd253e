import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { outboxEvents } from '../../platform/schema.ts';
import { createMerchant, FIXTURE_PASSWORD, signUpShopper } from '../../testing/fixtures.ts';
import { bearer, describeEachDatabase, json } from '../../testing/harness.ts';
import { customers } from './schema.ts';

describeEachDatabase('customers sign-up and sign-in', (h) => {
  const store = (
    handle: string,
    url: string,
    payload?: Record<string, unknown>,
    headers: Record<string, string> = {},
  ) =>
    h().app.inject({
      method: 'POST',
      url: `/api/store${url}`,
      headers: { 'x-hexamall-merchant': handle, ...headers },
      ...(payload ? { payload } : {}),
    });
  const me = (token: string) =>
    h().app.inject({ method: 'GET', url: '/api/store/me', headers: bearer(token) });

  it('signs a shopper up, stores an argon2id hash and answers /me', async () => {
    const shop = await createMerchant(h());
    const res = await store(shop.handle, '/auth/sign-up', {
      email: 'Mei@Example.com',
      password: FIXTURE_PASSWORD,
      displayName: 'Mei',
      phone: '13812345678',
    });
    expect(res.statusCode).toBe(201);
    const body = json<{ token: string; customer: { id: string; email: string } }>(res);
    expect(body.customer.email).toBe('mei@example.com');
    expect(body.customer.id).toMatch(/^cus_/);
    const [row] = await h().database.db.select().from(customers).where(eq(customers.id, body.customer.id));
    expect(row?.passwordHash.startsWith('$argon2id$')).toBe(true);
    expect(row?.merchantId).toBe(shop.merchantId);
    const mine = await me(body.token);
    expect(mine.statusCode).toBe(200);
    expect(json(mine)).toMatchObject({ id: body.customer.id, displayName: 'Mei', phone: '13812345678' });
  });

  it('refuses a duplicate email with 409 EMAIL_TAKEN, whatever its case', async () => {
    const shop = await createMerchant(h());
    const first = await store(shop.handle, '/auth/sign-up', {
      email: 'dup@example.com',
      password: FIXTURE_PASSWORD,
      displayName: 'A',
    });
    expect(first.statusCode).toBe(201);
    const again = await store(shop.handle, '/auth/sign-up', {
      email: 'DUP@example.com',
      password: FIXTURE_PASSWORD,
      displayName: 'B',
    });
    expect(again.statusCode).toBe(409);
    expect(json(again)).toMatchObject({ code: 'EMAIL_TAKEN' });
  });

  it('refuses short passwords and unknown fields', async () => {
    const shop = await createMerchant(h());
    const weak = await store(shop.handle, '/auth/sign-up', {
      email: 'w@example.com',
      password: 'short',
      displayName: 'W',
    });
    expect(weak.statusCode).toBe(422);
    expect(json(weak)).toMatchObject({ code: 'WEAK_PASSWORD' });
    const extra = await store(shop.handle, '/auth/sign-up', {
      email: 'x@example.com',
      password: FIXTURE_PASSWORD,
      displayName: 'X',
      isAdmin: true,
    });
    expect(extra.statusCode).toBe(400);
  });

  it('signs in with the right password and refuses a wrong one or an unknown account alike', async () => {
    const shop = await createMerchant(h());
    await store(shop.handle, '/auth/sign-up', {
      email: 'li@example.com',
      password: FIXTURE_PASSWORD,
      displayName: 'Li',
    });
    const good = await store(shop.handle, '/auth/sign-in', {
      email: 'LI@example.com',
      password: FIXTURE_PASSWORD,
    });
    expect(good.statusCode).toBe(200);
    expect((await me(json<{ token: string }>(good).token)).statusCode).toBe(200);
    const wrong = await store(shop.handle, '/auth/sign-in', {
      email: 'li@example.com',
      password: 'wrong-password',
    });
    const unknown = await store(shop.handle, '/auth/sign-in', {
      email: 'nobody@example.com',
      password: FIXTURE_PASSWORD,
    });
    for (const res of [wrong, unknown]) {
      expect(res.statusCode).toBe(401);
      expect(json(res)).toMatchObject({ code: 'INVALID_CREDENTIALS' });
    }
  });

  it('revokes the session on sign-out, leaving other sessions working', async () => {
    const shop = await createMerchant(h());
    await store(shop.handle, '/auth/sign-up', {
      email: 'two@example.com',
      password: FIXTURE_PASSWORD,
      displayName: 'T',
    });
    const a = json<{ token: string }>(
      await store(shop.handle, '/auth/sign-in', { email: 'two@example.com', password: FIXTURE_PASSWORD }),
    );
    const b = json<{ token: string }>(
      await store(shop.handle, '/auth/sign-in', { email: 'two@example.com', password: FIXTURE_PASSWORD }),
    );
    const out = await store(shop.handle, '/auth/sign-out', undefined, bearer(a.token));
    expect(out.statusCode).toBe(204);
    const revoked = await me(a.token);
    expect(revoked.statusCode).toBe(401);
    expect(json(revoked)).toMatchObject({ code: 'SESSION_EXPIRED' });
    expect((await me(b.token)).statusCode).toBe(200);
  });

  it('keeps accounts per merchant: the same credentials do not sign in at another shop', async () => {
    const a = await createMerchant(h());
    const b = await createMerchant(h());
    await store(a.handle, '/auth/sign-up', {
      email: 'iso@example.com',
      password: FIXTURE_PASSWORD,
      displayName: 'I',
    });
    const elsewhere = await store(b.handle, '/auth/sign-in', {
      email: 'iso@example.com',
      password: FIXTURE_PASSWORD,
    });
    expect(elsewhere.statusCode).toBe(401);
    expect(json(elsewhere)).toMatchObject({ code: 'INVALID_CREDENTIALS' });
    // The same email is free to register at the other shop, as a separate account.
    const separate = await store(b.handle, '/auth/sign-up', {
      email: 'iso@example.com',
      password: 'another-password',
      displayName: 'J',
    });
    expect(separate.statusCode).toBe(201);
  });

  it('emits customer.signed_in with the guest cart token on sign-in', async () => {
    const shop = await createMerchant(h());
    const shopper = await signUpShopper(h(), shop.handle);
    const seen: { customerId: string; cartToken?: string }[] = [];
    h().app.runtime.events.on('customer.signed_in', async (event) => {
      if (event.merchantId === shop.merchantId) seen.push(event.payload);
    });
    await h().app.runtime.events.drain();
    seen.length = 0;
    const res = await store(
      shop.handle,
      '/auth/sign-in',
      { email: shopper.email, password: FIXTURE_PASSWORD },
      { 'x-cart-token': 'guest-cart-token-123' },
    );
    expect(res.statusCode).toBe(200);
    expect(await h().app.runtime.events.drain()).toBeGreaterThan(0);
    expect(seen).toEqual([{ customerId: shopper.customerId, cartToken: 'guest-cart-token-123' }]);
    const pending = await h()
      .database.db.select()
      .from(outboxEvents)
      .where(eq(outboxEvents.type, 'customer.signed_in'));
    expect(pending.every((e) => e.deliveredAt !== null)).toBe(true);
  });

  it('needs a signed-in shopper for /me', async () => {
    const shop = await createMerchant(h());
    const res = await h().app.inject({
      method: 'GET',
      url: '/api/store/me',
      headers: { 'x-hexamall-merchant': shop.handle },
    });
    expect(res.statusCode).toBe(401);
    expect(json(res)).toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});
