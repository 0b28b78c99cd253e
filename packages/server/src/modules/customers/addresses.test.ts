import { expect, it } from 'vitest';
import { systemCtx, type Ctx } from '../../platform/index.ts';
import { addAddress, createMerchant, signUpShopper } from '../../testing/fixtures.ts';
import { bearer, describeEachDatabase, json } from '../../testing/harness.ts';
import { getAddressSnapshot } from './index.ts';
import { MAX_ADDRESSES_PER_CUSTOMER } from './services/create-address.ts';

interface Address {
  id: string;
  recipient: string;
  line2: string | null;
  isDefault: boolean;
}

const home = {
  recipient: 'Han Meimei',
  phone: '13900001111',
  province: 'Shanghai',
  city: 'Shanghai',
  district: 'Pudong',
  line1: '88 Century Avenue',
};

describeEachDatabase('customer addresses', (h) => {
  const api = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, token: string, payload?: object) =>
    h().app.inject({
      method,
      url: `/api/store${url}`,
      headers: bearer(token),
      ...(payload ? { payload } : {}),
    });
  const book = async (token: string) =>
    json<{ items: Address[] }>(await api('GET', '/addresses', token)).items;
  const shopperCtx = (merchantId: string, customerId: string): Ctx => ({
    ...systemCtx(h().database.db, merchantId, 'test', h().privacy),
    actor: { kind: 'shopper', customerId, sessionId: 'ses_test' },
  });

  it('creates, lists, edits and deletes addresses, keeping exactly one default', async () => {
    const shop = await createMerchant(h());
    const { token } = await signUpShopper(h(), shop.handle);
    const first = await addAddress(h(), token);
    expect(first).toMatch(/^adr_/);
    expect(await book(token)).toMatchObject([{ id: first, isDefault: true }]);

    const created = await api('POST', '/addresses', token, { ...home, line2: 'Room 1201', isDefault: true });
    expect(created.statusCode).toBe(201);
    const second = json<Address>(created);
    expect(second).toMatchObject({ isDefault: true, line2: 'Room 1201' });
    const afterSecond = await book(token);
    expect(afterSecond.map((a) => [a.id, a.isDefault])).toEqual([
      [second.id, true],
      [first, false],
    ]);

    const edited = await api('PATCH', `/addresses/${first}`, token, {
      recipient: 'Li Lei Jr',
      line2: null,
      isDefault: true,
    });
    expect(edited.statusCode).toBe(200);
    expect(json(edited)).toMatchObject({ id: first, recipient: 'Li Lei Jr', line2: null, isDefault: true });
    expect((await book(token)).filter((a) => a.isDefault).map((a) => a.id)).toEqual([first]);

    const removed = await api('DELETE', `/addresses/${first}`, token);
    expect(removed.statusCode).toBe(204);
    // The default was removed, so the remaining address takes over.
    expect(await book(token)).toMatchObject([{ id: second.id, isDefault: true }]);
  });

  it('refuses a card number typed into an address line, storing nothing', async () => {
    const shop = await createMerchant(h());
    const { token } = await signUpShopper(h(), shop.handle);
    const res = await api('POST', '/addresses', token, {
      ...home,
      line2: 'card 4111 1111 1111 1111',
    });
    expect(res.statusCode).toBe(422);
    expect(json(res)).toMatchObject({ code: 'CARD_NUMBER_REFUSED' });
    expect(res.body).not.toContain('4111');
    expect(await book(token)).toEqual([]);
  });

  it("answers 404 ADDRESS_NOT_FOUND for another shopper's address", async () => {
    const shop = await createMerchant(h());
    const alice = await signUpShopper(h(), shop.handle);
    const bob = await signUpShopper(h(), shop.handle);
    const aliceAddress = await addAddress(h(), alice.token);
    for (const res of [
      await api('PATCH', `/addresses/${aliceAddress}`, bob.token, { recipient: 'Bob' }),
      await api('DELETE', `/addresses/${aliceAddress}`, bob.token),
    ]) {
      expect(res.statusCode).toBe(404);
      expect(json(res)).toMatchObject({ code: 'ADDRESS_NOT_FOUND' });
    }
    expect(await book(bob.token)).toEqual([]);
    expect(await book(alice.token)).toMatchObject([{ id: aliceAddress, recipient: 'Li Lei' }]);
  });

  it('requires a signed-in shopper and a valid body', async () => {
    const shop = await createMerchant(h());
    const anonymous = await h().app.inject({
      method: 'GET',
      url: '/api/store/addresses',
      headers: { 'x-hexamall-merchant': shop.handle },
    });
    expect(anonymous.statusCode).toBe(401);
    const { token } = await signUpShopper(h(), shop.handle);
    expect((await api('POST', '/addresses', token, { ...home, phone: 'call me' })).statusCode).toBe(400);
    expect((await api('POST', '/addresses', token, { ...home, line1: 'x'.repeat(201) })).statusCode).toBe(
      400,
    );
    expect((await api('POST', '/addresses', token, { ...home, country: 'CN' })).statusCode).toBe(400);
    expect((await api('PATCH', '/addresses/adr_x', token, {})).statusCode).toBe(400);
  });

  it('gives an order a snapshot of the owner’s address and nobody else’s', async () => {
    const shop = await createMerchant(h());
    const alice = await signUpShopper(h(), shop.handle);
    const bob = await signUpShopper(h(), shop.handle);
    const id = json<Address>(
      await api('POST', '/addresses', alice.token, { ...home, postalCode: '200120' }),
    ).id;
    const snapshot = await getAddressSnapshot(shopperCtx(shop.merchantId, alice.customerId), id);
    expect(snapshot).toEqual({
      ok: true,
      value: { ...home, line2: null, postalCode: '200120' },
    });
    expect(await getAddressSnapshot(shopperCtx(shop.merchantId, bob.customerId), id)).toMatchObject({
      ok: false,
      code: 'ADDRESS_NOT_FOUND',
    });
    expect(
      await getAddressSnapshot(systemCtx(h().database.db, shop.merchantId, 'test', h().privacy), id),
    ).toMatchObject({
      ok: false,
      code: 'ADDRESS_NOT_FOUND',
    });
    const otherShop = await createMerchant(h());
    expect(await getAddressSnapshot(shopperCtx(otherShop.merchantId, alice.customerId), id)).toMatchObject({
      ok: false,
    });
  });

  it(`caps an address book at ${MAX_ADDRESSES_PER_CUSTOMER} entries`, async () => {
    const shop = await createMerchant(h());
    const { token } = await signUpShopper(h(), shop.handle);
    for (let i = 0; i < MAX_ADDRESSES_PER_CUSTOMER; i += 1) await addAddress(h(), token);
    const over = await api('POST', '/addresses', token, home);
    expect(over.statusCode).toBe(409);
    expect(json(over)).toMatchObject({ code: 'ADDRESS_LIMIT_REACHED' });
    expect(await book(token)).toHaveLength(MAX_ADDRESSES_PER_CUSTOMER);
  });
});
