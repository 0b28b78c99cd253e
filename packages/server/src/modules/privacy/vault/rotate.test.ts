import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { newId, systemCtx, type Ctx, type SealRef } from '../../../platform/index.ts';
import { describeEachDatabase, openApp } from '../../../testing/harness.ts';
import { KeyUnavailableError, LocalKeyring, privacyDataKeys, rotateMasterKey } from './index.ts';

const keyringFile = join(mkdtempSync(join(tmpdir(), 'hexamall-rotate-')), 'keyring.json');

/** Every table's content as one hash each, so "untouched" means byte-for-byte. */
async function tableDigests(h: { database: { db: Ctx['db'] } }, except: string) {
  const tables = (await h.database.db.execute(
    sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
  )) as unknown as { rows: { table_name: string }[] };
  const digests: Record<string, string> = {};
  for (const { table_name: table } of tables.rows) {
    if (table === except) continue;
    const result = (await h.database.db.execute(
      sql.raw(`select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as d from "${table}" t`),
    )) as unknown as { rows: { d: string }[] };
    digests[table] = result.rows[0]!.d;
  }
  return digests;
}

describeEachDatabase(
  'master key rotation',
  (h) => {
    const merchantId = newId('mer');
    const ctx = () => systemCtx(h().database.db, merchantId, 'rotation test', h().privacy);
    const ref = (subjectId: string, column: string): SealRef => ({
      subjectId,
      table: 'rotation_probe',
      column,
      rowId: subjectId,
    });
    const sealedRows = async () =>
      (
        (await h().database.db.execute(
          sql`select id, phone, email from rotation_probe order by id`,
        )) as unknown as {
          rows: { id: string; phone: string; email: string }[];
        }
      ).rows;

    it('re-wraps every data key under a new KEK, disables the old one and touches nothing else', async () => {
      await h().database.exec(
        'create table rotation_probe (id text primary key, phone text not null, email text not null)',
      );
      const subjects = Array.from({ length: 23 }, () => newId('cus'));
      for (const [i, subject] of subjects.entries()) {
        const phone = await h().privacy.vault.seal(
          ctx(),
          ref(subject, 'phone'),
          `1380013${String(i).padStart(4, '0')}`,
        );
        const email = await h().privacy.vault.seal(ctx(), ref(subject, 'email'), `person${i}@example.com`);
        await h().database.db.execute(
          sql`insert into rotation_probe values (${subject}, ${phone}, ${email})`,
        );
      }
      const erased = newId('cus');
      await h().privacy.vault.seal(ctx(), ref(erased, 'phone'), 'x');
      await h().privacy.vault.shred(ctx(), erased);
      // Erasure itself rotates the master key and, once committed, wipes the KEK it retired.
      await h().app.runtime.events.drain();

      const keyring = LocalKeyring.open(keyringFile);
      const oldKek = keyring.activeKeyId;
      const [before] = await h().database.db.select().from(privacyDataKeys).limit(1);
      const othersBefore = await tableDigests(h(), 'privacy_data_keys');
      const batches: number[] = [];

      const report = await rotateMasterKey(h().database, keyring, {
        batchSize: 5,
        onBatch: (n) => batches.push(n),
      });

      expect(report).toEqual({
        activeKekId: keyring.activeKeyId,
        resumed: false,
        rewrapped: 23,
        disabledKekIds: [oldKek],
        stragglers: 0,
      });
      expect(batches).toEqual([5, 10, 15, 20, 23]);
      expect(report.activeKekId).not.toBe(oldKek);
      const keys = await h().database.db.select().from(privacyDataKeys);
      expect(keys.filter((k) => k.destroyedAt === null).map((k) => k.kekId)).toEqual(
        subjects.map(() => report.activeKekId),
      );
      expect(keys.find((k) => k.subjectId === erased)).toMatchObject({ wrappedKey: null });
      const statuses = new Map(
        LocalKeyring.open(keyringFile)
          .keyStatuses()
          .map((k) => [k.id, k.status]),
      );
      expect(statuses.get(oldKek)).toBe('disabled');
      expect(statuses.get(report.activeKekId)).toBe('active');
      expect([...statuses.values()].filter((s) => s !== 'disabled' && s !== 'destroyed')).toEqual(['active']);
      await expect(keyring.unwrap(oldKek, before!.wrappedKey!, before!.id)).rejects.toBeInstanceOf(
        KeyUnavailableError,
      );
      expect(await tableDigests(h(), 'privacy_data_keys')).toEqual(othersBefore);

      // A new app holds no unwrapped keys: every value it opens went through the new KEK.
      const restarted = await openApp(h().database, { keyringFile });
      try {
        const fresh = { ...ctx(), privacy: restarted.runtime.privacy };
        for (const [i, row] of (await sealedRows()).entries()) {
          const n = subjects.indexOf(row.id);
          expect(i).toBeGreaterThanOrEqual(0);
          expect(await restarted.runtime.privacy.vault.open(fresh, ref(row.id, 'phone'), row.phone)).toBe(
            `1380013${String(n).padStart(4, '0')}`,
          );
          expect(await restarted.runtime.privacy.vault.open(fresh, ref(row.id, 'email'), row.email)).toBe(
            `person${n}@example.com`,
          );
        }
        // The running app's keyring saw the rotation in the file: a new person's key uses the new KEK.
        const newcomer = newId('cus');
        await h().privacy.vault.seal(ctx(), ref(newcomer, 'phone'), 'y');
        const [row] = (await h().database.db.select().from(privacyDataKeys)).filter(
          (k) => k.subjectId === newcomer,
        );
        expect(row?.kekId).toBe(report.activeKekId);
      } finally {
        await restarted.close();
      }
    });

    it('finishes a rotation that stopped half-way instead of starting another', async () => {
      const keyring = LocalKeyring.open(keyringFile);
      const kekCount = keyring.keyStatuses().length;
      const interrupted = await keyring.activateNewKey(); // the crash came right after this
      const report = await rotateMasterKey(h().database, keyring);
      expect(report.resumed).toBe(true);
      expect(report.activeKekId).toBe(interrupted);
      expect(report.rewrapped).toBeGreaterThan(20);
      expect(keyring.keyStatuses().filter((k) => k.status === 'active')).toHaveLength(1);
      expect(keyring.keyStatuses()).toHaveLength(kekCount + 1);
      const keys = await h().database.db.select().from(privacyDataKeys);
      expect(keys.filter((k) => k.wrappedKey !== null && k.kekId !== interrupted)).toEqual([]);
    });
  },
  { config: { keyringFile } },
);
