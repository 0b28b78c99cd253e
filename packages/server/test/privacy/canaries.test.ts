import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.ts';
import { testConfig } from '../../src/config.ts';
import { bearer, json, TestClock, type Harness } from '../../src/testing/harness.ts';
import { addToCart, openShop, stockedSku, type Shop } from '../../src/workflows/test-shop.ts';
import {
  canaryNeedles,
  inspectableStores,
  newCanaries,
  type Canaries,
  type InspectableStore,
} from './canary-stores.ts';

// Issue 3's first acceptance check: personal values sent through the public API exist at rest only
// as ciphertext. Everything is looked at from outside the app: the tables, the bytes on disk or in a
// dump, the logs and the audit table.

for (const openStore of inspectableStores()) {
  describe('canaries never appear in plaintext', () => {
    let store: InspectableStore;
    let app: FastifyInstance;
    let h: Harness;
    const logs: string[] = [];
    const canaries: Canaries = newCanaries();
    let shop: Shop;
    let customerId = '';
    let orderId = '';

    beforeAll(async () => {
      store = await openStore();
      app = await buildApp({
        config: testConfig({ logLevel: 'trace' }),
        database: store.database,
        background: false,
        logStream: { write: (line) => void logs.push(line) },
      });
      await app.ready();
      h = {
        app,
        database: store.database,
        label: store.label,
        clock: new TestClock(),
        privacy: app.runtime.privacy,
      };
      shop = await openShop(h);
      const shopper = await signUpWithCanaries(h, shop, canaries);
      customerId = shopper.customerId;
      orderId = shopper.orderId;
    });

    afterAll(async () => {
      await app?.close();
      await store?.dispose();
    });

    it('stores and serves them back to those allowed (so the search below can fail)', async () => {
      const customer = await app.inject({
        method: 'GET',
        url: `/api/admin/customers/${customerId}`,
        headers: bearer(shop.ownerToken),
      });
      expect(json(customer)).toMatchObject({ email: canaries.email, phone: canaries.phone });
      const order = await app.inject({
        method: 'GET',
        url: `/api/admin/orders/${orderId}`,
        headers: bearer(shop.ownerToken),
      });
      expect(json(order)).toMatchObject({
        address: { recipient: canaries.recipient, line1: canaries.line1 },
      });
      await app.runtime.privacy.audit.flush();
    });

    it(`finds none in any table, the audit log or the logs`, async () => {
      const tables = await store.tableText();
      expect(tables).toContain(customerId);
      for (const needle of canaryNeedles(canaries)) {
        expect(
          tables.includes(needle),
          `${needle} in a table: ${tables
            .split('\n')
            .filter((l) => l.includes(needle))
            .map((l) => l.slice(0, 160))
            .join(' | ')}`,
        ).toBe(false);
        expect(logs.join('\n').includes(needle), `${needle} in the logs`).toBe(false);
      }
      expect(logs.length).toBeGreaterThan(10);
    });

    it('finds none in the bytes at rest (data folder or pg_dump)', async () => {
      await app.close();
      const bytes = await store.restBytes();
      expect(bytes.includes(Buffer.from(customerId))).toBe(true);
      for (const needle of canaryNeedles(canaries)) {
        expect(bytes.includes(Buffer.from(needle)), `${needle} at rest`).toBe(false);
      }
    });
  });
}

async function signUpWithCanaries(h: Harness, shop: Shop, c: Canaries) {
  const signUp = await h.app.inject({
    method: 'POST',
    url: '/api/store/auth/sign-up',
    headers: { 'x-hexamall-merchant': shop.handle },
    payload: {
      email: c.email,
      password: 'canary-passphrase-9431',
      displayName: c.displayName,
      phone: c.phone,
    },
  });
  expect(signUp.statusCode, signUp.body).toBe(201);
  const { token, customer } = json<{ token: string; customer: { id: string } }>(signUp);
  await grantSensitiveConsent(h, token);
  const profile = await h.app.inject({
    method: 'PATCH',
    url: '/api/store/me',
    headers: bearer(token),
    payload: { idNumber: c.idNumber },
  });
  expect(profile.statusCode, profile.body).toBe(200);
  const address = await h.app.inject({
    method: 'POST',
    url: '/api/store/addresses',
    headers: bearer(token),
    payload: {
      recipient: c.recipient,
      phone: c.phone,
      province: 'Shanghai',
      city: 'Shanghai',
      district: 'Pudong',
      line1: c.line1,
      location: { latitude: c.latitude, longitude: c.longitude },
    },
  });
  expect(address.statusCode, address.body).toBe(201);
  const sku = await stockedSku(h, shop, 1990, 5);
  const shopper = { token, customerId: customer.id, addressId: json<{ id: string }>(address).id };
  await addToCart(h, shopper, sku.skuId, 1);
  const checkout = await h.app.inject({
    method: 'POST',
    url: '/api/store/checkout',
    headers: { ...bearer(token), 'idempotency-key': `canary-${customer.id}` },
    payload: { addressId: shopper.addressId },
  });
  expect(checkout.statusCode, checkout.body).toBe(201);
  return { customerId: customer.id, token, orderId: json<{ id: string }>(checkout).id };
}

async function grantSensitiveConsent(h: Harness, token: string) {
  const res = await h.app.inject({
    method: 'PUT',
    url: '/api/store/privacy/consents',
    headers: bearer(token),
    payload: {
      changes: [{ purpose: 'sensitive_data', granted: true }],
      noticeVersion: '2026-12-01',
      method: 'checkbox',
      channel: 'web',
    },
  });
  expect(res.statusCode, res.body).toBeLessThan(300);
}
