import { eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import type { FastifyBaseLogger } from 'fastify';
import { systemCtx, type Ctx, type PersonalDataSource } from '../../../platform/index.ts';
import { createMerchant, signUpShopper } from '../../../testing/fixtures.ts';
import { bearer, describeEachDatabase } from '../../../testing/harness.ts';
import { consentRecords } from '../consent/tables.ts';
import { privacyContributor } from './privacy-contributor.ts';
import { verifyAuditLog } from '../audit/index.ts';
import { privacyAuditLog } from '../audit/tables.ts';
import { appSigner } from '../audit/testing.ts';
import { DEFAULT_RETENTION_DAYS, purgeExpiredData, retentionDays, retentionPolicy } from './retention.ts';
import { privacyExportArchives, privacyRequests } from './tables.ts';

const DAY = 86_400_000;

describe('retention periods', () => {
  it('uses the defaults unless a deployment overrides a category', () => {
    expect(retentionDays()).toEqual(DEFAULT_RETENTION_DAYS);
    expect(retentionDays({ behaviour: 90 })).toMatchObject({ behaviour: 90, sessions: 30 });
    const policy = retentionPolicy(new Date('2030-01-31T00:00:00Z'), retentionDays({ sessions: 30 }));
    expect(policy.cutoff('sessions').toISOString()).toBe('2030-01-01T00:00:00.000Z');
  });

  it('refuses unknown categories and periods under a day at boot', () => {
    expect(() => retentionDays({ session: 30 })).toThrow(/unknown retention category "session"/);
    expect(() => retentionDays({ sessions: 0 })).toThrow(/at least 1 day/);
  });
});

describeEachDatabase('retention purge of the privacy module', (h) => {
  const log = { error: vi.fn() } as unknown as FastifyBaseLogger;
  const db = () => h().database.db;
  const choose = (token: string, purpose: string, granted: boolean) =>
    h().app.inject({
      method: 'PUT',
      url: '/api/store/privacy/consents',
      headers: bearer(token),
      payload: {
        noticeVersion: '2026-12-01',
        method: 'settings',
        channel: 'web',
        changes: [{ purpose, granted }],
      },
    });
  const purge = (sources: PersonalDataSource[], daysAhead: number) =>
    h().database.db.transaction((tx) => {
      const ctx: Ctx = { ...systemCtx(tx, '', 'test purge', h().privacy), inTransaction: true };
      return purgeExpiredData(
        ctx,
        sources,
        retentionPolicy(new Date(Date.now() + daysAhead * DAY), retentionDays()),
        log,
      );
    });

  it('drops superseded consents, old archives and closed requests, and keeps the current choices', async () => {
    const shop = await createMerchant(h());
    const { token, customerId } = await signUpShopper(h(), shop.handle);
    await choose(token, 'marketing', true);
    await choose(token, 'marketing', false);
    await choose(token, 'personalisation', true);
    const exportReq = await h().app.inject({
      method: 'POST',
      url: '/api/store/privacy/requests',
      headers: bearer(token),
      payload: { kind: 'export' },
    });
    expect(exportReq.statusCode).toBe(201);
    await h().app.runtime.jobs.runDue();
    const open = await h().app.inject({
      method: 'POST',
      url: '/api/store/privacy/requests',
      headers: bearer(token),
      payload: { kind: 'rectification', details: 'typo in my name' },
    });
    expect(open.statusCode).toBe(201);
    const consents = () => db().select().from(consentRecords).where(eq(consentRecords.subjectId, customerId));
    const archives = () =>
      db().select().from(privacyExportArchives).where(eq(privacyExportArchives.subjectId, customerId));
    const requests = () =>
      db().select().from(privacyRequests).where(eq(privacyRequests.subjectId, customerId));
    const counts = async () => [
      (await consents()).length,
      (await archives()).length,
      (await requests()).length,
    ];
    const sources = [{ module: 'privacy', contributor: privacyContributor }];

    await purge(sources, 1);
    expect(await counts()).toEqual([3, 1, 2]);

    await purge(sources, 8);
    expect(await counts()).toEqual([3, 0, 2]);
    expect((await requests()).map((r) => r.resultLocation)).toEqual([null, null]);

    await purge(sources, 4 * 365);
    // The marketing grant was superseded; the withdrawal and the personalisation grant are the consent now.
    const left = (await consents()).map((r) => ({ purpose: r.purpose, granted: r.granted }));
    expect(left.sort((a, b) => a.purpose.localeCompare(b.purpose))).toEqual([
      { purpose: 'marketing', granted: false },
      { purpose: 'personalisation', granted: true },
    ]);
    // The closed export request is gone; the open rectification stays, however old.
    expect((await requests()).map((r) => r.kind)).toEqual(['rectification']);
  });

  it('drops the access log past its retention period and leaves a chain that still verifies', async () => {
    const shop = await createMerchant(h());
    await signUpShopper(h(), shop.handle);
    await h().privacy.audit.flush();
    // Other work may append entries meanwhile: count only those stored up to now.
    const seqs = async () =>
      (await db().select({ seq: privacyAuditLog.seq }).from(privacyAuditLog)).map((r) => r.seq);
    const head = Math.max(...(await seqs()));
    const upToHead = async () => (await seqs()).filter((seq) => seq <= head).length;
    const before = await upToHead();
    expect(before).toBeGreaterThan(0);
    const sources = [{ module: 'privacy', contributor: privacyContributor }];
    await purge(sources, 1);
    expect(await upToHead()).toBe(before);
    // Three years on, the cutoff passes every entry made today.
    await purge(sources, 4 * 365);
    expect(await upToHead()).toBe(0);
    const verified = await verifyAuditLog(db(), appSigner(h().privacy));
    expect(verified.ok, JSON.stringify(verified.problem)).toBe(true);
    expect(verified.purgedThrough).toBeGreaterThanOrEqual(head);
  });

  it('keeps purging the other modules when one fails', async () => {
    const purged: string[] = [];
    const failing: PersonalDataSource = {
      module: 'broken',
      contributor: {
        fields: [],
        exportSubject: async () => undefined,
        eraseSubject: async () => {},
        purgeExpired: async () => {
          throw new Error('table missing');
        },
      },
    };
    const working: PersonalDataSource = {
      module: 'working',
      contributor: { ...failing.contributor, purgeExpired: async () => void purged.push('working') },
    };
    await purge([failing, working], 1);
    expect(purged).toEqual(['working']);
    expect(log.error).toHaveBeenCalledWith(
      expect.objectContaining({ module: 'broken' }),
      'retention purge failed',
    );
  });
});
