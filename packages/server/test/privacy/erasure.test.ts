import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { openApp, bearer, describeEachDatabase, json } from '../../src/testing/harness.ts';
import { gatherPersonalData } from '../../src/modules/privacy/index.ts';
import { systemCtx } from '../../src/platform/index.ts';
import { addToCart, openShop, stockedSku } from '../../src/workflows/test-shop.ts';
import { newCanaries } from './canary-stores.ts';

// Issue 3: "After erasure, the canaries cannot be decrypted even from a database copy taken before the
// erasure; that person's export is empty; their orders remain with anonymised fields."

const keyringFile = join(mkdtempSync(join(tmpdir(), 'hexamall-erasure-')), 'keyring.json');

describeEachDatabase(
  'erasure by crypto-shredding',
  (h) => {
    it('leaves a pre-erasure copy undecryptable, an empty export and anonymised orders', async () => {
      const c = newCanaries();
      const shop = await openShop(h());
      const signUp = await h().app.inject({
        method: 'POST',
        url: '/api/store/auth/sign-up',
        headers: { 'x-hexamall-merchant': shop.handle },
        payload: {
          email: c.email,
          password: 'erasure-passphrase-5521',
          displayName: c.displayName,
          phone: c.phone,
        },
      });
      expect(signUp.statusCode, signUp.body).toBe(201);
      const { token, customer } = json<{ token: string; customer: { id: string } }>(signUp);
      const address = await h().app.inject({
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
        },
      });
      const shopper = { token, customerId: customer.id, addressId: json<{ id: string }>(address).id };
      const sku = await stockedSku(h(), shop, 4200, 3);
      await addToCart(h(), shopper, sku.skuId, 1);
      const placed = await h().app.inject({
        method: 'POST',
        url: '/api/store/checkout',
        headers: { ...bearer(token), 'idempotency-key': `erase-${customer.id}` },
        payload: { addressId: shopper.addressId },
      });
      expect(placed.statusCode, placed.body).toBe(201);
      const orderId = json<{ id: string }>(placed).id;

      // The copy an attacker (or a restore) would have: the wrapped keys and the sealed rows.
      const db = h().database.db;
      await db.execute(sql.raw(`create table bak_keys as select * from privacy_data_keys`));
      await db.execute(
        sql.raw(`create table bak_customers as select * from customers where id = '${customer.id}'`),
      );

      const requested = await h().app.inject({
        method: 'POST',
        url: '/api/store/privacy/requests',
        headers: bearer(token),
        payload: { kind: 'erasure' },
      });
      expect(requested.statusCode, requested.body).toBe(201);
      await h().app.runtime.jobs.runDue();
      await h().app.runtime.events.drain();

      const signedOut = await h().app.inject({ method: 'GET', url: '/api/store/me', headers: bearer(token) });
      expect(signedOut.statusCode).toBe(401);
      const ctx = systemCtx(db, shop.merchantId, 'test', h().privacy);
      expect(
        await gatherPersonalData(ctx, h().app.runtime.personalData, {
          merchantId: shop.merchantId,
          customerId: customer.id,
        }),
      ).toEqual({});

      const order = await h().app.inject({
        method: 'GET',
        url: `/api/admin/orders/${orderId}`,
        headers: bearer(shop.ownerToken),
      });
      expect(order.statusCode).toBe(200);
      expect(json(order)).toMatchObject({
        total: 4200 + 800,
        address: { recipient: '', phone: '', line1: '', province: 'Shanghai', city: 'Shanghai' },
      });
      expect(order.body).not.toContain(c.line1);

      // The old KEK's material is gone from the keyring: restoring the copied rows cannot bring it back.
      const keyring = JSON.parse(readFileSync(keyringFile, 'utf8')) as {
        keyEncryptionKeys: { status: string; key: string }[];
      };
      expect(keyring.keyEncryptionKeys.some((k) => k.status === 'destroyed' && k.key === '')).toBe(true);
      await db.execute(
        sql.raw(`update privacy_data_keys k set kek_id = b.kek_id, wrapped_key = b.wrapped_key, destroyed_at = null
        from bak_keys b where k.id = b.id`),
      );
      const restored = await openApp(h().database, { keyringFile });
      try {
        const copied = (await db.execute(
          sql.raw(`select email_sealed, phone_sealed from bak_customers`),
        )) as unknown as {
          rows: { email_sealed: string; phone_sealed: string }[];
        };
        const row = copied.rows[0];
        const reopened = systemCtx(db, shop.merchantId, 'test', restored.runtime.privacy);
        const attempt = (column: string, sealed: string) =>
          restored.runtime.privacy.vault
            .open(
              reopened,
              { subjectId: customer.id, table: 'customers', column, rowId: customer.id },
              sealed,
            )
            .catch(() => undefined);
        expect(row).toBeDefined();
        expect(await attempt('email', row!.email_sealed)).toBeUndefined();
        expect(await attempt('phone', row!.phone_sealed)).toBeUndefined();
      } finally {
        await restored.close();
      }
    });
  },
  { config: { keyringFile } },
);
