import { expect, it } from 'vitest';
import { createMerchant, FIXTURE_PASSWORD, staffToken } from '../../testing/fixtures.ts';
import { bearer, describeEachDatabase, json } from '../../testing/harness.ts';

interface StaffBody {
  id: string;
  email: string;
  role: string;
  status: string;
}

describeEachDatabase('staff management', (h) => {
  const api = (
    method: 'GET' | 'POST' | 'PATCH',
    url: string,
    token: string,
    payload?: Record<string, unknown>,
  ) =>
    h().app.inject({
      method,
      url: `/api/admin${url}`,
      headers: bearer(token),
      ...(payload ? { payload } : {}),
    });
  const addStaff = async (
    token: string,
    role: string,
    email = `${role}-${Math.random().toString(36).slice(2)}@x.test`,
  ) => {
    const res = await api('POST', '/staff', token, {
      email,
      displayName: role,
      role,
      password: FIXTURE_PASSWORD,
    });
    expect(res.statusCode, res.body).toBe(201);
    return json<StaffBody>(res);
  };
  const signIn = (merchant: string, email: string) =>
    h().app.inject({
      method: 'POST',
      url: '/api/admin/auth/sign-in',
      payload: { merchant, email, password: FIXTURE_PASSWORD },
    });

  it('lets the owner add staff who can then sign in with their role', async () => {
    const shop = await createMerchant(h());
    const added = await addStaff(shop.ownerToken, 'operator', 'New.Operator@X.test');
    expect(added).toMatchObject({ email: 'new.operator@x.test', role: 'operator', status: 'active' });
    expect(added.id).toMatch(/^stf_/);
    const res = await signIn(shop.handle, 'new.operator@x.test');
    expect(res.statusCode).toBe(200);
    expect(json(res)).toMatchObject({ staff: { id: added.id, role: 'operator' } });
  });

  it('refuses staff management to roles without staff:manage', async () => {
    const shop = await createMerchant(h());
    for (const role of ['analyst', 'operator', 'customer_service'] as const) {
      const token = await staffToken(h(), shop.merchantId, role);
      const create = await api('POST', '/staff', token, {
        email: `sneaky-${role}@x.test`,
        displayName: 'S',
        role: 'owner',
        password: FIXTURE_PASSWORD,
      });
      expect(create.statusCode).toBe(403);
      expect(json(create)).toMatchObject({ code: 'FORBIDDEN' });
      expect((await api('GET', '/staff', token)).statusCode).toBe(403);
    }
  });

  it("never shows or changes another merchant's staff", async () => {
    const a = await createMerchant(h());
    const b = await createMerchant(h());
    const aStaff = await addStaff(a.ownerToken, 'analyst');
    const list = json<{ items: StaffBody[] }>(await api('GET', '/staff?limit=100', b.ownerToken));
    expect(list.items.map((s) => s.id)).not.toContain(aStaff.id);
    expect(list.items.every((s) => s.email.endsWith(`@${b.handle}.test`))).toBe(true);
    const patch = await api('PATCH', `/staff/${aStaff.id}`, b.ownerToken, { status: 'disabled' });
    expect(patch.statusCode).toBe(404);
    expect(json(patch)).toMatchObject({ code: 'STAFF_NOT_FOUND' });
    expect((await signIn(a.handle, aStaff.email)).statusCode).toBe(200);
  });

  it('keeps at least one active owner', async () => {
    const shop = await createMerchant(h());
    const me = json<{ staff: StaffBody }>(await api('GET', '/me', shop.ownerToken)).staff;
    for (const change of [{ role: 'operator' }, { status: 'disabled' }]) {
      const res = await api('PATCH', `/staff/${me.id}`, shop.ownerToken, change);
      expect(res.statusCode).toBe(409);
      expect(json(res)).toMatchObject({ code: 'LAST_OWNER' });
    }
    const second = await addStaff(shop.ownerToken, 'owner');
    const demoted = await api('PATCH', `/staff/${me.id}`, shop.ownerToken, { role: 'analyst' });
    expect(demoted.statusCode).toBe(200);
    expect(json(demoted)).toMatchObject({ role: 'analyst' });
    // The role is read live: the demoted owner's open session lost staff:manage at once.
    expect((await api('GET', '/staff', shop.ownerToken)).statusCode).toBe(403);
    const secondToken = json<{ token: string }>(await signIn(shop.handle, second.email)).token;
    const last = await api('PATCH', `/staff/${second.id}`, secondToken, { status: 'disabled' });
    expect(json(last)).toMatchObject({ code: 'LAST_OWNER' });
  });

  it('lets only one of two concurrent demotions of the last two owners through', async () => {
    const shop = await createMerchant(h());
    const me = json<{ staff: StaffBody }>(await api('GET', '/me', shop.ownerToken)).staff;
    const second = await addStaff(shop.ownerToken, 'owner');
    const [x, y] = await Promise.all([
      api('PATCH', `/staff/${me.id}`, shop.ownerToken, { role: 'operator' }),
      api('PATCH', `/staff/${second.id}`, shop.ownerToken, { role: 'operator' }),
    ]);
    const codes = [x?.statusCode, y?.statusCode].sort();
    // One goes through. The other is refused as the last owner (409) or, when the caller's own demotion
    // committed before the other request was authorised, because the caller is no longer an owner (403).
    expect(codes[0]).toBe(200);
    expect([403, 409]).toContain(codes[1]);
    const owners = json<{ items: StaffBody[] }>(
      await api(
        'GET',
        '/staff',
        x?.statusCode === 200
          ? json<{ token: string }>(await signIn(shop.handle, second.email)).token
          : shop.ownerToken,
      ),
    ).items.filter((s) => s.role === 'owner');
    expect(owners).toHaveLength(1);
  });

  it("ends a disabled member's sessions and refuses their sign-in until re-enabled", async () => {
    const shop = await createMerchant(h());
    const member = await addStaff(shop.ownerToken, 'customer_service');
    const token = json<{ token: string }>(await signIn(shop.handle, member.email)).token;
    expect((await api('GET', '/me', token)).statusCode).toBe(200);
    const disabled = await api('PATCH', `/staff/${member.id}`, shop.ownerToken, { status: 'disabled' });
    expect(json(disabled)).toMatchObject({ status: 'disabled' });
    const after = await api('GET', '/me', token);
    expect(after.statusCode).toBe(401);
    expect(json(after)).toMatchObject({ code: 'SESSION_EXPIRED' });
    expect(json(await signIn(shop.handle, member.email))).toMatchObject({ code: 'INVALID_CREDENTIALS' });
    await api('PATCH', `/staff/${member.id}`, shop.ownerToken, { status: 'active' });
    expect((await api('GET', '/me', token)).statusCode).toBe(401);
    expect((await signIn(shop.handle, member.email)).statusCode).toBe(200);
  });

  it('pages through staff with a cursor', async () => {
    const shop = await createMerchant(h());
    const added = [await addStaff(shop.ownerToken, 'analyst'), await addStaff(shop.ownerToken, 'operator')];
    const first = json<{ items: StaffBody[]; nextCursor: string | null }>(
      await api('GET', '/staff?limit=2', shop.ownerToken),
    );
    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).not.toBeNull();
    const second = json<{ items: StaffBody[]; nextCursor: string | null }>(
      await api('GET', `/staff?limit=2&cursor=${first.nextCursor}`, shop.ownerToken),
    );
    expect(second.items).toHaveLength(1);
    expect(second.nextCursor).toBeNull();
    const ids = [...first.items, ...second.items].map((s) => s.id);
    expect(new Set(ids).size).toBe(3);
    for (const s of added) expect(ids).toContain(s.id);
    const bad = await api('GET', '/staff?cursor=not-a-cursor', shop.ownerToken);
    expect(json(bad)).toMatchObject({ code: 'INVALID_CURSOR' });
  });

  it('validates new staff: role, password length, duplicate email, unknown fields', async () => {
    const shop = await createMerchant(h());
    const base = { email: 'v@x.test', displayName: 'V', role: 'analyst', password: FIXTURE_PASSWORD };
    expect((await api('POST', '/staff', shop.ownerToken, { ...base, role: 'superuser' })).statusCode).toBe(
      400,
    );
    expect((await api('POST', '/staff', shop.ownerToken, { ...base, extra: 1 })).statusCode).toBe(400);
    expect(json(await api('POST', '/staff', shop.ownerToken, { ...base, password: 'short' }))).toMatchObject({
      code: 'WEAK_PASSWORD',
    });
    expect((await api('POST', '/staff', shop.ownerToken, base)).statusCode).toBe(201);
    const dup = await api('POST', '/staff', shop.ownerToken, { ...base, email: 'V@x.test' });
    expect(dup.statusCode).toBe(409);
    expect(json(dup)).toMatchObject({ code: 'EMAIL_TAKEN' });
    expect((await api('PATCH', '/staff/stf_x', shop.ownerToken, {})).statusCode).toBe(400);
  });
});
