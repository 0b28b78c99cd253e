import { expect, it } from 'vitest';
import { createMerchant, FIXTURE_PASSWORD, staffToken } from '../../testing/fixtures.ts';
import { bearer, describeEachDatabase, json } from '../../testing/harness.ts';

interface Page {
  items: { id: string; email: string; phone: string | null; displayName: string }[];
  nextCursor: string | null;
}

describeEachDatabase('admin customer list', (h) => {
  const list = (token: string, query = '') =>
    h().app.inject({ method: 'GET', url: `/api/admin/customers${query}`, headers: bearer(token) });
  const signUp = async (handle: string, email: string, phone?: string) => {
    const res = await h().app.inject({
      method: 'POST',
      url: '/api/store/auth/sign-up',
      headers: { 'x-hexamall-merchant': handle },
      payload: { email, password: FIXTURE_PASSWORD, displayName: 'Shopper', ...(phone ? { phone } : {}) },
    });
    expect(res.statusCode, res.body).toBe(201);
    return json<{ customer: { id: string } }>(res).customer.id;
  };

  it('masks contact details in the list for everyone, owners included', async () => {
    const shop = await createMerchant(h());
    const id = await signUp(shop.handle, 'alice@example.com', '13812341234');
    for (const token of [await staffToken(h(), shop.merchantId, 'customer_service'), shop.ownerToken]) {
      expect(json<Page>(await list(token)).items).toEqual([
        expect.objectContaining({ id, email: 'a***@example.com', phone: '138****1234', displayName: 'S***' }),
      ]);
    }
  });

  it('shows one customer in clear to roles with customers:contact, masked to others, 404 across merchants', async () => {
    const shop = await createMerchant(h());
    const other = await createMerchant(h());
    const id = await signUp(shop.handle, 'bob@example.com', '13900001111');
    const one = (token: string, customerId = id) =>
      h().app.inject({ method: 'GET', url: `/api/admin/customers/${customerId}`, headers: bearer(token) });
    const clear = { id, email: 'bob@example.com', phone: '13900001111', displayName: 'Shopper' };
    expect(json(await one(shop.ownerToken))).toMatchObject(clear);
    expect(json(await one(await staffToken(h(), shop.merchantId, 'customer_service')))).toMatchObject(clear);
    expect((await one(await staffToken(h(), shop.merchantId, 'operator'))).statusCode).toBe(403);
    expect((await one(other.ownerToken)).statusCode).toBe(404);
    expect((await one(shop.ownerToken, 'cus_nobody')).statusCode).toBe(404);
  });

  it('needs customers:read', async () => {
    const shop = await createMerchant(h());
    const res = await list(await staffToken(h(), shop.merchantId, 'analyst'));
    expect(res.statusCode).toBe(403);
    expect(json(res)).toMatchObject({ code: 'FORBIDDEN' });
  });

  it("lists only the merchant's own customers, newest first, a page at a time", async () => {
    const a = await createMerchant(h());
    const b = await createMerchant(h());
    const ids = [];
    for (const n of [1, 2, 3]) ids.push(await signUp(a.handle, `c${n}@example.com`));
    await signUp(b.handle, 'c1@example.com');
    const first = json<Page>(await list(a.ownerToken, '?limit=2'));
    expect(first.items.map((c) => c.id)).toEqual([ids[2], ids[1]]);
    expect(first.nextCursor).not.toBeNull();
    const second = json<Page>(await list(a.ownerToken, `?limit=2&cursor=${first.nextCursor}`));
    expect(second.items.map((c) => c.id)).toEqual([ids[0]]);
    expect(second.nextCursor).toBeNull();
    const other = json<Page>(await list(b.ownerToken));
    expect(other.items).toHaveLength(1);
    expect(ids).not.toContain(other.items[0]?.id);
  });
});
