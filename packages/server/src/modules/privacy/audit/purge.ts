import { and, eq, gte, lt, lte, max, min, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/index.ts';
import type { AuditSigner } from './signing.ts';
import { privacyAuditCheckpoints, privacyAuditLog, privacyAuditPurges } from './tables.ts';
import { AUDIT_CHAIN_LOCK_KEY } from './writer.ts';

/** The bytes a purge record signs: where the remaining chain starts, and why the entries before it went. */
export function purgeMessage(p: {
  upToSeq: number;
  anchorHash: string;
  cutoff: Date;
  purgedAt: Date;
  keyId: string;
}): Buffer {
  return Buffer.from(
    `hexamall-audit-purge/1\n${p.upToSeq}\n${p.anchorHash}\n${p.cutoff.toISOString()}\n${p.purgedAt.toISOString()}\n${p.keyId}`,
  );
}

/**
 * Removes the oldest entries recorded before `cutoff` (the audit_log retention period), as one prefix of
 * the chain, and signs where the rest now starts. Under the chain lock, so no batch is appended meanwhile.
 * Returns the last removed position, or undefined when nothing was past retention.
 */
export async function purgeAuditLog(
  db: Db,
  signer: AuditSigner,
  cutoff: Date,
  purgedAt: Date,
): Promise<number | undefined> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK_KEY})`);
    const [bounds] = await tx
      .select({ firstKept: min(privacyAuditLog.seq) })
      .from(privacyAuditLog)
      .where(gte(privacyAuditLog.at, cutoff));
    const [last] = await tx.select({ seq: max(privacyAuditLog.seq) }).from(privacyAuditLog);
    if (last?.seq === null || last?.seq === undefined) return undefined;
    // Entries are stored in time order only per batch, so the prefix ends before the first recent one.
    const upToSeq =
      bounds?.firstKept === null || bounds?.firstKept === undefined ? last.seq : bounds.firstKept - 1;
    const [anchor] = await tx
      .select({ hash: privacyAuditLog.hash })
      .from(privacyAuditLog)
      .where(eq(privacyAuditLog.seq, upToSeq));
    if (!anchor) return undefined; // nothing left before upToSeq: already purged
    await tx.execute(sql`select set_config('hexamall.audit_purge_before', ${cutoff.toISOString()}, true)`);
    await tx.delete(privacyAuditLog).where(lte(privacyAuditLog.seq, upToSeq));
    // A checkpoint signed after the cutoff stays; the verifier skips those at or before the anchor.
    await tx
      .delete(privacyAuditCheckpoints)
      .where(and(lte(privacyAuditCheckpoints.seq, upToSeq), lt(privacyAuditCheckpoints.at, cutoff)));
    // The setting lasts to the end of the whole transaction: close the door now.
    await tx.execute(sql`select set_config('hexamall.audit_purge_before', '', true)`);
    const record = { upToSeq, anchorHash: anchor.hash, cutoff, purgedAt, keyId: signer.keyId };
    await tx.insert(privacyAuditPurges).values({ ...record, signature: signer.sign(purgeMessage(record)) });
    return upToSeq;
  });
}
