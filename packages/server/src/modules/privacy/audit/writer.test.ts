import { eq, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import type { Db } from '../../../platform/index.ts';
import { describeEachDatabase } from '../../../testing/harness.ts';
import { appSigner, staffCtx } from './testing.ts';
import { privacyAuditLog } from './tables.ts';
import { verifyAuditLog } from './verify.ts';
import { AuditLogWriter } from './writer.ts';

describeEachDatabase('audit log writer', (h) => {
  const db = () => h().database.db;
  const HOUR = 3_600_000;
  /** A second writer over the same database, as another server process would run. */
  const writer = (options: Partial<ConstructorParameters<typeof AuditLogWriter>[0]> = {}) =>
    new AuditLogWriter({
      db: db(),
      log: h().app.log,
      signer: appSigner(h().privacy),
      now: () => new Date(),
      intervalMs: HOUR,
      ...options,
    });
  const rowsOf = (requestId: string) =>
    db()
      .select()
      .from(privacyAuditLog)
      .where(eq(privacyAuditLog.requestId, requestId))
      .orderBy(privacyAuditLog.seq);

  it('stores one entry per access with who, when, whom, what, why, request and address', async () => {
    const ctx = staffCtx(db(), h().privacy, 'mer_w1', 'stf_w1', '203.0.113.9');
    const before = new Date();
    h().privacy.audit.record(ctx, {
      subjectId: 'cus_a',
      fields: ['customers.phone', 'customers.email'],
      operation: 'read',
      purpose: 'customer_service',
    });
    h().privacy.audit.record(ctx, {
      subjectId: 'cus_b',
      fields: ['customers.phone'],
      operation: 'export',
      purpose: 'legal',
    });
    await h().privacy.audit.flush();
    const rows = await rowsOf(ctx.requestId);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      merchantId: 'mer_w1',
      actorKind: 'staff',
      actorId: 'stf_w1',
      subjectId: 'cus_a',
      fields: ['customers.phone', 'customers.email'],
      operation: 'read',
      purpose: 'customer_service',
      sourceAddress: '203.0.113.9',
    });
    expect(rows[0]!.at.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1);
    expect(rows[1]).toMatchObject({ subjectId: 'cus_b', operation: 'export', seq: rows[0]!.seq + 1 });
    expect(rows[1]!.prevHash).toBe(rows[0]!.hash);
  });

  it('stores awkward names and absent actors exactly as recorded, so their hashes verify', async () => {
    const guest = { ...staffCtx(db(), h().privacy, 'mer_w6', 'stf_w6'), actor: { kind: 'guest' as const } };
    const { sourceAddress: _, ...noAddress } = guest;
    h().privacy.audit.record(noAddress, {
      subjectId: 'cus_引号',
      fields: ['t.a,b', 't."quoted"', "t.it's", 't.{brace}', 't.back\\slash'],
      operation: 'write',
      purpose: 'self',
    });
    await h().privacy.audit.flush();
    const [row] = await rowsOf(guest.requestId);
    expect(row).toMatchObject({
      actorKind: 'guest',
      actorId: null,
      sourceAddress: null,
      subjectId: 'cus_引号',
      fields: ['t.a,b', 't."quoted"', "t.it's", 't.{brace}', 't.back\\slash'],
    });
    expect(await verifyAuditLog(db(), appSigner(h().privacy))).toMatchObject({ ok: true });
  });

  it('refuses UPDATE, DELETE and TRUNCATE of the log and its checkpoints', async () => {
    const ctx = staffCtx(db(), h().privacy, 'mer_w2', 'stf_w2');
    h().privacy.audit.record(ctx, {
      subjectId: 'cus_c',
      fields: ['customers.phone'],
      operation: 'read',
      purpose: 'customer_service',
    });
    await h().privacy.audit.flush();
    for (const statement of [
      sql`update privacy_audit_log set purpose = 'marketing'`,
      sql`delete from privacy_audit_log`,
      sql`truncate privacy_audit_log`,
      sql`update privacy_audit_checkpoints set signature = ''`,
      sql`delete from privacy_audit_checkpoints`,
      sql`truncate privacy_audit_checkpoints`,
    ]) {
      await expect(db().execute(statement)).rejects.toThrow();
    }
    expect(await rowsOf(ctx.requestId)).toHaveLength(1);
  });

  it('records without touching the database', () => {
    const untouchable = new Proxy({} as Db, {
      get() {
        throw new Error('record() used the database');
      },
    });
    const w = writer({ db: untouchable });
    const ctx = staffCtx(db(), h().privacy, 'mer_w3', 'stf_w3');
    expect(() =>
      w.record(ctx, {
        subjectId: 'cus_d',
        fields: ['customers.email'],
        operation: 'read',
        purpose: 'customer_service',
      }),
    ).not.toThrow();
  });

  it('keeps a batch that failed to store and stores it once on the next flush', async () => {
    const signer = appSigner(h().privacy);
    let failNext = true;
    const w = writer({
      signer: {
        keyId: signer.keyId,
        verify: signer.verify,
        sign: (bytes) => {
          if (failNext) {
            failNext = false;
            throw new Error('signing service unavailable');
          }
          return signer.sign(bytes);
        },
      },
    });
    const ctx = staffCtx(db(), h().privacy, 'mer_w4', 'stf_w4');
    for (const subjectId of ['cus_e', 'cus_f', 'cus_g'])
      w.record(ctx, {
        subjectId,
        fields: ['customers.phone'],
        operation: 'read',
        purpose: 'customer_service',
      });
    await expect(w.flush()).rejects.toThrow('signing service unavailable');
    expect(await rowsOf(ctx.requestId)).toHaveLength(0);
    await w.flush();
    expect((await rowsOf(ctx.requestId)).map((r) => r.subjectId)).toEqual(['cus_e', 'cus_f', 'cus_g']);
    await w.close();
    expect(await verifyAuditLog(db(), signer)).toMatchObject({ ok: true });
  });

  it('keeps one unbroken chain when several processes append at once', async () => {
    const writers = [writer(), writer(), writer()];
    const ctxs = writers.map((_, i) => staffCtx(db(), h().privacy, 'mer_w5', `stf_w5_${i}`));
    for (let round = 0; round < 4; round++) {
      writers.forEach((w, i) => {
        for (let j = 0; j < 25; j++)
          w.record(ctxs[i]!, {
            subjectId: `cus_${round}_${j}`,
            fields: ['customers.phone'],
            operation: 'read',
            purpose: 'customer_service',
          });
      });
      await Promise.all(writers.map((w) => w.flush()));
    }
    await Promise.all(writers.map((w) => w.close()));
    for (const ctx of ctxs) expect(await rowsOf(ctx.requestId)).toHaveLength(100);
    expect(await verifyAuditLog(db(), appSigner(h().privacy))).toMatchObject({ ok: true });
  });
});
