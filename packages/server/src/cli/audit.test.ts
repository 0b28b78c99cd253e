import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it, vi } from 'vitest';
import { buildApp } from '../app.ts';
import { testConfig } from '../config.ts';
import { createMerchant, createStaff, freezeStaff, getStaff } from '../modules/staff/index.ts';
import { connectDatabase, systemCtx, unwrap, withMerchant } from '../platform/index.ts';
import { FIXTURE_PASSWORD } from '../testing/fixtures.ts';
import { runAudit } from './audit.ts';
import { runStaff } from './staff.ts';

afterEach(() => vi.restoreAllMocks());

const tempConfig = () => {
  const dir = mkdtempSync(join(tmpdir(), 'hexamall-audit-'));
  return testConfig({ dataDir: join(dir, 'data'), keyringFile: join(dir, 'keyring.json') });
};

it('hexamall audit verify passes an intact log and names the position of an edited entry', async () => {
  const config = tempConfig();
  const app = await buildApp({ config });
  const ctx = {
    ...systemCtx(app.runtime.database.db, 'mer_cli', 'test', app.runtime.privacy),
    sourceAddress: '10.0.0.1',
  };
  for (let i = 0; i < 5; i++)
    app.runtime.privacy.audit.record(ctx, {
      subjectId: `cus_${i}`,
      fields: ['customers.phone'],
      operation: 'read',
      purpose: 'customer_service',
    });
  await app.close();

  const out = vi.spyOn(console, 'log').mockImplementation(() => undefined);
  const err = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  expect(await runAudit(config, ['verify'])).toBe(0);
  expect(String(out.mock.calls[0]?.[0])).toMatch(/^audit log intact: \d+ entries, \d+ signed checkpoints/);

  const raw = await connectDatabase({ dataDir: config.dataDir });
  await raw.exec(`set session_replication_role = replica;
    update privacy_audit_log set purpose = 'marketing' where seq = 3;`);
  await raw.close();
  expect(await runAudit(config, ['verify'])).toBe(2);
  expect(String(err.mock.calls[0]?.[0])).toMatch(/^audit log NOT intact: edited at seq 3/);
  expect(await runAudit(config, ['frobnicate'])).toBe(1);
});

it('hexamall staff unfreeze returns a frozen account to active, once', async () => {
  const config = tempConfig();
  const app = await buildApp({ config });
  const system = systemCtx(app.runtime.database.db, '', 'test', app.runtime.privacy);
  const merchant = unwrap(await createMerchant(system, { handle: 'cli-shop', name: 'CLI', currency: 'CNY' }));
  const ctx = withMerchant(system, merchant.id);
  const owner = unwrap(
    await createStaff(ctx, {
      email: 'only.owner@cli.test',
      displayName: 'Owner',
      role: 'owner',
      password: FIXTURE_PASSWORD,
    }),
  );
  expect(await freezeStaff(ctx, owner.id)).toBe(true);
  await app.close();

  vi.spyOn(console, 'log').mockImplementation(() => undefined);
  const err = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  expect(await runStaff(config, ['unfreeze', 'Only.Owner@cli.test'], 'cli-shop')).toBe(0);
  expect(await runStaff(config, ['unfreeze', owner.id], 'cli-shop')).toBe(1);
  expect(String(err.mock.calls[0]?.[0])).toContain('STAFF_NOT_FROZEN');

  const after = await buildApp({ config });
  const status = unwrap(
    await getStaff(
      withMerchant(systemCtx(after.runtime.database.db, '', 'test', after.runtime.privacy), merchant.id),
      owner.id,
    ),
  ).status;
  await after.close();
  expect(status).toBe('active');
});
