import { lte, sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import type { Db } from '../../../platform/index.ts';
import { describeEachDatabase } from '../../../testing/harness.ts';
import { purgeAuditLog } from './purge.ts';
import { appSigner, staffCtx, whileTampered } from './testing.ts';
import { privacyAuditLog, privacyAuditPurges } from './tables.ts';
import { verifyAuditLog } from './verify.ts';
import { AuditLogWriter } from './writer.ts';

const OLD = new Date('2021-03-01T00:00:00Z');
const CUTOFF = new Date('2022-01-01T00:00:00Z');

describeEachDatabase('audit log retention purge', (h) => {
  const db = () => h().database.db;
  const signer = () => appSigner(h().privacy);
  const verify = (tx: Db) => verifyAuditLog(tx, signer());
  const seqs = async () =>
    (await db().select({ seq: privacyAuditLog.seq }).from(privacyAuditLog))
      .map((r) => r.seq)
      .sort((a, b) => a - b);
  let oldHead = 0;

  beforeAll(async () => {
    let clock = OLD;
    const writer = new AuditLogWriter({ db: db(), log: h().app.log, signer: signer(), now: () => clock });
    const record = (n: number) => {
      const ctx = staffCtx(db(), h().privacy, 'mer_purge', 'stf_purge');
      for (let i = 0; i < n; i++)
        writer.record(ctx, {
          subjectId: `cus_${i}`,
          fields: ['customers.phone'],
          operation: 'read',
          purpose: 'customer_service',
        });
    };
    // Two old batches, then two recent ones: checkpoints on both sides of the cutoff.
    record(8);
    await writer.flush();
    record(7);
    await writer.flush();
    oldHead = (await seqs()).at(-1)!;
    clock = new Date();
    record(6);
    await writer.flush();
    record(5);
    await writer.flush();
    await writer.close();
  });

  /** A statement run as a purge runs its deletes: with the setting that lets old entries go. */
  const attempt = (statement: ReturnType<typeof sql>) =>
    db().transaction(async (tx) => {
      await tx.execute(sql`select set_config('hexamall.audit_purge_before', ${CUTOFF.toISOString()}, true)`);
      await tx.execute(statement);
    });

  it('refuses deleting entries the purge setting does not cover, and any update', async () => {
    await expect(attempt(sql`delete from privacy_audit_log where seq > ${oldHead}`)).rejects.toThrow();
    await expect(
      attempt(sql`update privacy_audit_log set purpose = 'marketing' where seq = 1`),
    ).rejects.toThrow();
    expect((await seqs()).length).toBe(26);
  });

  it('removes the entries recorded before the cutoff and anchors the chain where the rest starts', async () => {
    expect(await purgeAuditLog(db(), signer(), CUTOFF, new Date())).toBe(oldHead);
    expect(await seqs()).toEqual(Array.from({ length: 11 }, (_, i) => oldHead + 1 + i));
    const result = await verify(db());
    expect(result).toMatchObject({ ok: true, purgedThrough: oldHead, entries: 11, headSeq: oldHead + 11 });
    // Nothing more is past retention: a second run removes nothing and signs nothing.
    expect(await purgeAuditLog(db(), signer(), CUTOFF, new Date())).toBeUndefined();
    expect(await db().select().from(privacyAuditPurges)).toHaveLength(1);
    // The purge records are append-only whatever the setting.
    await expect(attempt(sql`delete from privacy_audit_purges`)).rejects.toThrow();
    await expect(attempt(sql`update privacy_audit_purges set up_to_seq = 1`)).rejects.toThrow();
    // New entries chain on as before.
    h().privacy.audit.record(staffCtx(db(), h().privacy, 'mer_purge', 'stf_purge'), {
      subjectId: 'cus_after',
      fields: ['customers.email'],
      operation: 'read',
      purpose: 'customer_service',
    });
    await h().privacy.audit.flush();
    expect(await verify(db())).toMatchObject({ ok: true, purgedThrough: oldHead });
  });

  it('still names entries deleted beyond what the signed purge removed', async () => {
    const result = await whileTampered(
      db(),
      (tx) => tx.delete(privacyAuditLog).where(lte(privacyAuditLog.seq, oldHead + 2)),
      verify,
    );
    expect(result.problem).toMatchObject({ kind: 'deleted', seq: oldHead + 1 });
  });

  it('names a prefix deleted without a signed purge, and a forged purge record', async () => {
    const withoutRecord = await whileTampered(
      db(),
      (tx) => tx.execute(sql`delete from privacy_audit_purges`),
      verify,
    );
    expect(withoutRecord.problem).toMatchObject({ kind: 'deleted', seq: 1 });
    const forged = await whileTampered(
      db(),
      (tx) => tx.execute(sql`update privacy_audit_purges set up_to_seq = up_to_seq + 2`),
      verify,
    );
    expect(forged.problem).toMatchObject({ kind: 'bad_signature' });
  });
  it('goes on from the purge anchor when a purge removed every entry', async () => {
    // Everything recorded so far is past a cutoff a year ahead.
    const upTo = await purgeAuditLog(db(), signer(), new Date(Date.now() + 365 * 86_400_000), new Date());
    expect(await seqs()).toEqual([]);
    h().privacy.audit.record(staffCtx(db(), h().privacy, 'mer_purge', 'stf_purge'), {
      subjectId: 'cus_after_all',
      fields: ['customers.phone'],
      operation: 'read',
      purpose: 'customer_service',
    });
    await h().privacy.audit.flush();
    expect(await seqs()).toEqual([upTo! + 1]);
    expect(await verify(db())).toMatchObject({ ok: true, purgedThrough: upTo, entries: 1 });
  });
});
