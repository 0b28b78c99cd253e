import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { connectDatabase, type Database } from '../../platform/index.ts';
import { openApp, TestClock, type Harness } from '../../testing/harness.ts';
import { newShopper, openShop, placeOrder, readOrder, stockedSku, stockOf } from '../test-shop.ts';

/** A database that can be closed and opened again, as a server restart does. */
interface Reopenable {
  label: Harness['label'];
  open(): Promise<Database>;
  cleanup(): Promise<void>;
}

function pgliteOnDisk(): Reopenable {
  const dataDir = mkdtempSync(join(tmpdir(), 'hexamall-restart-'));
  return {
    label: 'pglite',
    open: () => connectDatabase({ dataDir }),
    cleanup: async () => rmSync(dataDir, { recursive: true, force: true }),
  };
}

function postgresDatabase(adminUrl: string): Reopenable {
  const name = `hexamall_restart_${randomBytes(6).toString('hex')}`;
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    await client.query(sql).finally(() => client.end());
  };
  let created = false;
  return {
    label: 'postgres',
    async open() {
      if (!created) await admin(`create database ${name}`);
      created = true;
      return connectDatabase({ databaseUrl: url.toString() });
    },
    cleanup: () => admin(`drop database if exists ${name} with (force)`),
  };
}

const targets = [
  pgliteOnDisk,
  ...(process.env.TEST_DATABASE_URL ? [() => postgresDatabase(process.env.TEST_DATABASE_URL!)] : []),
];

for (const target of targets) {
  const store = target();
  describe(`auto-cancel across a restart [${store.label}]`, () => {
    afterAll(() => store.cleanup());

    it('cancels an order left unpaid when the server that took it has stopped, releasing its stock', async () => {
      const clock = new TestClock();
      const boot = async (): Promise<Harness> => {
        const database = await store.open();
        const app = await openApp(database, {}, () => clock.now());
        return { app, database, label: store.label, clock, privacy: app.runtime.privacy };
      };

      const first = await boot();
      const shop = await openShop(first);
      const shopper = await newShopper(first, shop);
      const sku = await stockedSku(first, shop, 1000, 4);
      const order = await placeOrder(first, shopper, sku.skuId, 3);
      expect(await stockOf(first, shop, sku.skuId)).toMatchObject({ reserved: 3 });
      await first.app.close();
      await first.database.close();

      const second = await boot();
      try {
        // Before the deadline the new server leaves the order alone.
        await second.app.runtime.jobs.runDue();
        expect(await readOrder(second, shopper.token, order.id)).toMatchObject({ status: 'pending_payment' });

        clock.advance(31 * 60_000);
        expect(await second.app.runtime.jobs.runDue()).toBeGreaterThanOrEqual(1);
        const cancelled = await readOrder(second, shopper.token, order.id);
        expect(cancelled).toMatchObject({ status: 'cancelled', cancelReason: 'payment deadline passed' });
        expect(cancelled.transitions.at(-1)).toMatchObject({
          from: 'pending_payment',
          to: 'cancelled',
          actorKind: 'system',
        });
        expect(await stockOf(second, shop, sku.skuId)).toMatchObject({
          onHand: 4,
          reserved: 0,
          available: 4,
        });
      } finally {
        await second.app.close();
        await second.database.close();
      }
      // Two boots of an on-disk database, each migrating: slower than the usual in-memory suite.
    }, 240_000);
  });
}
