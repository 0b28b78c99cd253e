import { desc, eq, gte, sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import type { Db } from '../../../platform/index.ts';
import { describeEachDatabase } from '../../../testing/harness.ts';
import { entryHash } from './chain.ts';
import { appSigner, staffCtx, whileTampered } from './testing.ts';
import { privacyAuditCheckpoints, privacyAuditLog, type AuditLogRow } from './tables.ts';
import { verifyAuditLog } from './verify.ts';

describeEachDatabase('audit log verification', (h) => {
  let head = 0;
  // A position in the middle of the chain, not at a checkpoint, with rows on both sides.
  let k = 0;
  const db = () => h().database.db;
  const verify = (tx: Db) => verifyAuditLog(tx, appSigner(h().privacy));
  const row = async (tx: Db, seq: number): Promise<AuditLogRow> =>
    (await tx.select().from(privacyAuditLog).where(eq(privacyAuditLog.seq, seq)))[0]!;
  /** Moves rows from `from` on by `by` positions (two steps: seq is a primary key). */
  const shift = async (tx: Db, from: number, by: number) => {
    await tx.execute(sql`update privacy_audit_log set seq = -seq where seq >= ${from}`);
    await tx.execute(sql`update privacy_audit_log set seq = -seq + ${by} where seq < 0`);
  };
  const setSeq = (tx: Db, from: number, to: number) =>
    tx.execute(sql`update privacy_audit_log set seq = ${to} where seq = ${from}`);

  beforeAll(async () => {
    const { audit } = h().privacy;
    // Three batches, so the chain carries several signed checkpoints.
    for (let batch = 0; batch < 3; batch++) {
      const ctx = staffCtx(db(), h().privacy, 'mer_verify', 'stf_verify');
      for (let i = 0; i < 10; i++) {
        audit.record(ctx, {
          subjectId: `cus_${batch}_${i}`,
          fields: ['customers.phone', 'customers.email'],
          operation: 'read',
          purpose: 'customer_service',
        });
      }
      await audit.flush();
    }
    const [last] = await db().select().from(privacyAuditLog).orderBy(desc(privacyAuditLog.seq)).limit(1);
    head = last!.seq;
    k = head - 15;
    const checkpointAtK = await db()
      .select()
      .from(privacyAuditCheckpoints)
      .where(eq(privacyAuditCheckpoints.seq, k));
    expect(checkpointAtK).toEqual([]);
  });

  it('passes an intact chain', async () => {
    const result = await verify(db());
    expect(result).toMatchObject({ ok: true, headSeq: head });
    expect(result.entries).toBe(head);
    expect(result.checkpoints).toBeGreaterThanOrEqual(3);
  });

  it('names an edited row', async () => {
    const result = await whileTampered(
      db(),
      (tx) => tx.execute(sql`update privacy_audit_log set purpose = 'marketing' where seq = ${k}`),
      verify,
    );
    expect(result.problem).toMatchObject({ kind: 'edited', seq: k });
  });

  it('names a row edited and rehashed by someone who knows the scheme', async () => {
    const result = await whileTampered(
      db(),
      async (tx) => {
        const r = await row(tx, k);
        const forged = { ...r, fields: ['customers.display_name'] };
        await tx
          .update(privacyAuditLog)
          .set({ fields: forged.fields, hash: entryHash(r.prevHash, forged) })
          .where(eq(privacyAuditLog.seq, k));
      },
      verify,
    );
    expect(result.problem).toMatchObject({ kind: 'edited', seq: k });
  });

  it('names a deleted row', async () => {
    const result = await whileTampered(
      db(),
      (tx) => tx.delete(privacyAuditLog).where(eq(privacyAuditLog.seq, k)),
      verify,
    );
    expect(result.problem).toMatchObject({ kind: 'deleted', seq: k });
  });

  it('names a deleted last row: the signed head outlives it', async () => {
    const result = await whileTampered(
      db(),
      (tx) => tx.delete(privacyAuditLog).where(eq(privacyAuditLog.seq, head)),
      verify,
    );
    expect(result.problem).toMatchObject({ kind: 'truncated', seq: head });
  });

  it('names a forged row inserted in the middle, the rest shifted up', async () => {
    const result = await whileTampered(
      db(),
      async (tx) => {
        const before = await row(tx, k - 1);
        await shift(tx, k, 1);
        const forged = { ...before, seq: k, subjectId: 'cus_nobody', prevHash: before.hash };
        await tx.insert(privacyAuditLog).values({ ...forged, hash: entryHash(before.hash, forged) });
      },
      verify,
    );
    expect(result.problem).toMatchObject({ kind: 'inserted', seq: k });
  });

  it('names a naive row inserted in the middle', async () => {
    const result = await whileTampered(
      db(),
      async (tx) => {
        const before = await row(tx, k - 1);
        await shift(tx, k, 1);
        await tx.insert(privacyAuditLog).values({ ...before, seq: k, hash: 'f'.repeat(64) });
      },
      verify,
    );
    expect(result.problem).toMatchObject({ kind: 'inserted', seq: k });
  });

  it('names a row appended after the signed head, even with a valid hash', async () => {
    const result = await whileTampered(
      db(),
      async (tx) => {
        const last = await row(tx, head);
        const forged = { ...last, seq: head + 1, prevHash: last.hash };
        await tx.insert(privacyAuditLog).values({ ...forged, hash: entryHash(last.hash, forged) });
      },
      verify,
    );
    expect(result.problem).toMatchObject({ kind: 'inserted', seq: head + 1 });
  });

  it('names two neighbours swapped', async () => {
    const result = await whileTampered(
      db(),
      async (tx) => {
        await setSeq(tx, k, -1);
        await setSeq(tx, k + 1, k);
        await setSeq(tx, -1, k + 1);
      },
      verify,
    );
    expect(result.problem).toMatchObject({ kind: 'reordered', seq: k });
  });

  it('names two distant rows swapped', async () => {
    const result = await whileTampered(
      db(),
      async (tx) => {
        await setSeq(tx, k, -1);
        await setSeq(tx, k + 7, k);
        await setSeq(tx, -1, k + 7);
      },
      verify,
    );
    expect(result.problem).toMatchObject({ kind: 'reordered', seq: k });
  });

  it('catches a chain recomputed after an edit at the next signed checkpoint', async () => {
    const [next] = await db()
      .select()
      .from(privacyAuditCheckpoints)
      .where(gte(privacyAuditCheckpoints.seq, k))
      .orderBy(privacyAuditCheckpoints.seq)
      .limit(1);
    const result = await whileTampered(
      db(),
      async (tx) => {
        let prevHash = (await row(tx, k - 1)).hash;
        for (let seq = k; seq <= head; seq++) {
          const r = await row(tx, seq);
          const changed = { ...r, prevHash, purpose: seq === k ? 'marketing' : r.purpose };
          const hash = entryHash(prevHash, changed);
          await tx
            .update(privacyAuditLog)
            .set({ purpose: changed.purpose, prevHash, hash })
            .where(eq(privacyAuditLog.seq, seq));
          prevHash = hash;
        }
      },
      verify,
    );
    expect(result.problem).toMatchObject({ kind: 'checkpoint_mismatch', seq: next!.seq });
  });

  it('names a checkpoint whose signature was replaced', async () => {
    const [first] = await db()
      .select()
      .from(privacyAuditCheckpoints)
      .orderBy(privacyAuditCheckpoints.seq)
      .limit(1);
    const result = await whileTampered(
      db(),
      (tx) =>
        tx
          .update(privacyAuditCheckpoints)
          .set({ signature: Buffer.alloc(64, 7).toString('base64') })
          .where(eq(privacyAuditCheckpoints.seq, first!.seq)),
      verify,
    );
    expect(result.problem).toMatchObject({ kind: 'bad_signature', seq: first!.seq });
  });
});
