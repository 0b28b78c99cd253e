import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { PERMISSIONS, ROLE_PERMISSIONS, systemCtx, unwrap, withMerchant } from '../../platform/index.ts';
import { createMerchant, FIXTURE_PASSWORD, staffToken } from '../../testing/fixtures.ts';
import { bearer, describeEachDatabase, json } from '../../testing/harness.ts';
import { createStaff, resolveMerchant } from './index.ts';
import { staff, staffSessions } from './schema.ts';

describeEachDatabase('staff sign-in', (h) => {
  const signIn = (payload: Record<string, unknown>) =>
    h().app.inject({ method: 'POST', url: '/api/admin/auth/sign-in', payload });

  it('signs the owner in and answers /me with their account and merchant', async () => {
    const shop = await createMerchant(h(), { handle: 'first-shop', currency: 'USD' });
    const me = await h().app.inject({
      method: 'GET',
      url: '/api/admin/me',
      headers: bearer(shop.ownerToken),
    });
    expect(me.statusCode).toBe(200);
    expect(json(me)).toMatchObject({
      staff: { email: 'owner@first-shop.test', role: 'owner', status: 'active' },
      merchant: { id: shop.merchantId, handle: 'first-shop', currency: 'USD', isDefault: true },
    });
  });

  it('says what the signed-in member may do, from the role table, in sign-in and /me', async () => {
    const shop = await createMerchant(h());
    const analyst = await staffToken(h(), shop.merchantId, 'analyst');
    const me = json<{ permissions: string[] }>(
      await h().app.inject({ method: 'GET', url: '/api/admin/me', headers: bearer(analyst) }),
    );
    expect(new Set(me.permissions)).toEqual(new Set(ROLE_PERMISSIONS.analyst));
    expect(me.permissions).not.toContain('creators:manage');
    const owner = json<{ permissions: string[] }>(
      await signIn({ email: `owner@${shop.handle}.test`, password: FIXTURE_PASSWORD, merchant: shop.handle }),
    );
    expect(new Set(owner.permissions)).toEqual(new Set(PERMISSIONS));
  });

  it('makes only the first merchant the default one', async () => {
    const second = await createMerchant(h());
    expect(await resolveMerchant(h().database.db, undefined)).not.toBe(second.merchantId);
    expect(await resolveMerchant(h().database.db, second.handle)).toBe(second.merchantId);
    expect(await resolveMerchant(h().database.db, 'no-such-shop')).toBeUndefined();
  });

  it('signs in at the default merchant when no handle is given, with a case-insensitive email', async () => {
    const res = await signIn({ email: 'OWNER@First-Shop.test', password: FIXTURE_PASSWORD });
    expect(res.statusCode).toBe(200);
    expect(json<{ merchant: { handle: string } }>(res).merchant.handle).toBe('first-shop');
  });

  it('stores argon2id hashes and only a digest of the session token', async () => {
    const shop = await createMerchant(h());
    const [row] = await h().database.db.select().from(staff).where(eq(staff.merchantId, shop.merchantId));
    expect(row?.passwordHash.startsWith('$argon2id$')).toBe(true);
    const sessions = await h()
      .database.db.select()
      .from(staffSessions)
      .where(eq(staffSessions.merchantId, shop.merchantId));
    expect(sessions).toHaveLength(1);
    expect(sessions[0]?.tokenHash).not.toBe(shop.ownerToken);
    expect(sessions[0]?.tokenHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('answers a wrong password and an unknown account alike', async () => {
    const shop = await createMerchant(h());
    const wrong = await signIn({
      merchant: shop.handle,
      email: `owner@${shop.handle}.test`,
      password: 'not-the-password',
    });
    const unknown = await signIn({
      merchant: shop.handle,
      email: 'nobody@example.com',
      password: FIXTURE_PASSWORD,
    });
    const noShop = await signIn({
      merchant: 'no-such-shop',
      email: 'nobody@example.com',
      password: FIXTURE_PASSWORD,
    });
    for (const res of [wrong, unknown, noShop]) {
      expect(res.statusCode).toBe(401);
      expect(json(res)).toMatchObject({ code: 'INVALID_CREDENTIALS' });
    }
    expect(json(wrong).detail).toBe(json(unknown).detail);
  });

  it('ends the session on sign-out', async () => {
    const shop = await createMerchant(h());
    const out = await h().app.inject({
      method: 'POST',
      url: '/api/admin/auth/sign-out',
      headers: bearer(shop.ownerToken),
    });
    expect(out.statusCode).toBe(204);
    const me = await h().app.inject({
      method: 'GET',
      url: '/api/admin/me',
      headers: bearer(shop.ownerToken),
    });
    expect(me.statusCode).toBe(401);
    expect(json(me)).toMatchObject({ code: 'SESSION_EXPIRED' });
  });

  it('refuses an expired session', async () => {
    const shop = await createMerchant(h());
    const token = await staffToken(h(), shop.merchantId, 'operator');
    const before = await h().app.inject({ method: 'GET', url: '/api/admin/me', headers: bearer(token) });
    expect(before.statusCode).toBe(200);
    await h()
      .database.db.update(staffSessions)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(staffSessions.merchantId, shop.merchantId));
    const after = await h().app.inject({ method: 'GET', url: '/api/admin/me', headers: bearer(token) });
    expect(after.statusCode).toBe(401);
  });

  it('requires a session on admin routes', async () => {
    const res = await h().app.inject({ method: 'GET', url: '/api/admin/me' });
    expect(res.statusCode).toBe(401);
    expect(json(res)).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('refuses passwords shorter than 8 characters and duplicate emails', async () => {
    const shop = await createMerchant(h());
    const ctx = withMerchant(systemCtx(h().database.db, '', 'test', h().privacy), shop.merchantId);
    const weak = await createStaff(ctx, {
      email: 'a@example.com',
      displayName: 'A',
      role: 'analyst',
      password: 'short',
    });
    expect(weak).toMatchObject({ ok: false, code: 'WEAK_PASSWORD' });
    unwrap(
      await createStaff(ctx, {
        email: 'b@example.com',
        displayName: 'B',
        role: 'analyst',
        password: FIXTURE_PASSWORD,
      }),
    );
    const dup = await createStaff(ctx, {
      email: 'B@Example.com',
      displayName: 'B',
      role: 'analyst',
      password: FIXTURE_PASSWORD,
    });
    expect(dup).toMatchObject({ ok: false, code: 'EMAIL_TAKEN' });
  });
});
