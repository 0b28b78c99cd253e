import { asc, desc, gt, max } from 'drizzle-orm';
import type { Db } from '../../../platform/index.ts';
import { checkpointMessage, entryHash, GENESIS_HASH } from './chain.ts';
import { purgeMessage } from './purge.ts';
import type { AuditSigner } from './signing.ts';
import {
  privacyAuditCheckpoints,
  privacyAuditLog,
  privacyAuditPurges,
  type AuditCheckpointRow,
  type AuditLogRow,
} from './tables.ts';

export type AuditProblemKind =
  /** The row's content no longer matches its hash (or the next row's link to it). */
  | 'edited'
  /** No row at this position: it was deleted (or its seq changed). */
  | 'deleted'
  /** A row that was never written by the log: rows after it were shifted, or it follows the signed head. */
  | 'inserted'
  /** The row at this position belongs at another one. */
  | 'reordered'
  /** The signed head names rows that are gone: the tail from this position was deleted. */
  | 'truncated'
  /** A checkpoint's or a retention purge's signature does not verify. */
  | 'bad_signature'
  /** The chain was recomputed after an edit: it no longer matches the head signed at this position. */
  | 'checkpoint_mismatch';

export interface AuditProblem {
  kind: AuditProblemKind;
  /** The position (seq) the problem is at. */
  seq: number;
  detail: string;
}

export interface AuditVerification {
  ok: boolean;
  /** Entries and checkpoints read before the first problem (or in all). */
  entries: number;
  checkpoints: number;
  headSeq: number;
  /** Entries up to this position were removed by a signed retention purge; the chain starts after it. */
  purgedThrough: number;
  problem?: AuditProblem;
}

const PAGE = 2000;
// How far a moved row is searched for; a row moved further reads as edited, which is still detected.
const MOVE_SEARCH = 1000;

/**
 * Walks the whole chain in seq order in one snapshot and reports the first problem, with its position.
 * Edits, deletions, insertions and swaps of single rows are named exactly; a chain recomputed after an
 * edit (every hash rewritten) is caught by the next signed checkpoint.
 */
export async function verifyAuditLog(db: Db, verifier: AuditSigner): Promise<AuditVerification> {
  return db.transaction(
    async (tx) => {
      const [last] = await tx.select({ seq: max(privacyAuditCheckpoints.seq) }).from(privacyAuditCheckpoints);
      const [purge] = await tx
        .select()
        .from(privacyAuditPurges)
        .orderBy(desc(privacyAuditPurges.upToSeq))
        .limit(1);
      if (purge && !verifier.verify(purge.keyId, purgeMessage(purge), purge.signature))
        return {
          ok: false,
          entries: 0,
          checkpoints: 0,
          headSeq: 0,
          purgedThrough: 0,
          problem: {
            kind: 'bad_signature',
            seq: purge.upToSeq,
            detail: `retention purge signed with key ${purge.keyId} does not verify`,
          },
        };
      const start = purge ? { seq: purge.upToSeq, hash: purge.anchorHash } : { seq: 0, hash: GENESIS_HASH };
      return walk(tx, verifier, last?.seq ?? 0, start);
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}

async function walk(
  tx: Db,
  verifier: AuditSigner,
  signedHeadSeq: number,
  start: { seq: number; hash: string },
): Promise<AuditVerification> {
  // Checkpoints at or before a purge's anchor vouch for entries that are gone by design.
  const checkpoints = checkpointRows(tx, start.seq);
  let checkpoint = await checkpoints.next();
  let previousCheckpointSeq = 0;
  const result = { entries: 0, checkpoints: 0, headSeq: start.seq, purgedThrough: start.seq };
  const fail = (kind: AuditProblemKind, seq: number, detail: string): AuditVerification => ({
    ok: false,
    ...result,
    problem: { kind, seq, detail },
  });
  let prev = start;
  let row: AuditLogRow | undefined;
  const rows = logRows(tx, start.seq);
  const pull = async () => {
    const r = await rows.next();
    return r.done ? undefined : r.value;
  };
  let next = await pull();
  while ((row = next)) {
    next = await pull();
    if (row.seq !== prev.seq + 1)
      return fail('deleted', prev.seq + 1, `no entry between ${prev.seq} and ${row.seq}`);
    if (row.seq > signedHeadSeq)
      return fail('inserted', row.seq, `after the last signed head (${signedHeadSeq})`);
    const selfOk = matchesAt(row, row.seq);
    const linkOk = row.prevHash === prev.hash;
    if (!selfOk || !linkOk) return fail(...diagnose(row, next, prev, selfOk));
    while (!checkpoint.done && checkpoint.value.seq <= row.seq) {
      const cp: AuditCheckpointRow = checkpoint.value;
      if (!verifier.verify(cp.keyId, checkpointMessage(cp), cp.signature))
        return fail('bad_signature', cp.seq, `checkpoint signed with key ${cp.keyId} does not verify`);
      if (cp.seq === row.seq && cp.hash !== row.hash)
        return fail(
          'checkpoint_mismatch',
          cp.seq,
          `an entry after ${previousCheckpointSeq} up to ${cp.seq} was changed and the chain recomputed`,
        );
      previousCheckpointSeq = cp.seq;
      result.checkpoints += 1;
      checkpoint = await checkpoints.next();
    }
    prev = { seq: row.seq, hash: row.hash };
    result.entries += 1;
    result.headSeq = row.seq;
  }
  if (signedHeadSeq > prev.seq)
    return fail(
      'truncated',
      prev.seq + 1,
      `the signed head is ${signedHeadSeq}; entries from ${prev.seq + 1} are gone`,
    );
  return { ok: true, ...result };
}

/** Names what happened at a row that fails its own hash or its link to the row before. */
function diagnose(
  row: AuditLogRow,
  next: AuditLogRow | undefined,
  prev: { seq: number; hash: string },
  selfOk: boolean,
): [AuditProblemKind, number, string] {
  // The hash covers seq, so a moved row still matches at the position it was written at.
  const origin = selfOk ? undefined : originalPosition(row);
  if (origin !== undefined && origin > row.seq)
    return ['reordered', row.seq, `the entry here was written at ${origin}`];
  if (origin !== undefined && origin < row.seq)
    return ['inserted', origin, `entries from ${origin} were shifted by ${row.seq - origin}`];
  const shiftedNext =
    next !== undefined && next.seq === row.seq + 1 && !matchesAt(next, next.seq) && matchesAt(next, row.seq);
  if (shiftedNext) return ['inserted', row.seq, `the entry after it was written at ${row.seq}`];
  if (selfOk && prev.seq > 0)
    return ['edited', prev.seq, `entry ${row.seq} no longer links to it: it was changed and rehashed`];
  return ['edited', row.seq, 'its content does not match its hash'];
}

function matchesAt(row: AuditLogRow, seq: number): boolean {
  return entryHash(row.prevHash, { ...row, seq }) === row.hash;
}

function originalPosition(row: AuditLogRow): number | undefined {
  for (let d = 1; d <= MOVE_SEARCH; d++) {
    if (matchesAt(row, row.seq + d)) return row.seq + d;
    if (row.seq - d >= 1 && matchesAt(row, row.seq - d)) return row.seq - d;
  }
  return undefined;
}

/** Rows in seq order, a page at a time (keyset), so a long log never sits in memory at once. */
async function* inSeqOrder<R extends { seq: number }>(page: (after: number) => Promise<R[]>, from: number) {
  let after = from;
  for (;;) {
    const rows = await page(after);
    yield* rows;
    const last = rows[rows.length - 1];
    if (!last || rows.length < PAGE) return;
    after = last.seq;
  }
}

const logRows = (tx: Db, from: number) =>
  inSeqOrder(
    (after) =>
      tx
        .select()
        .from(privacyAuditLog)
        .where(gt(privacyAuditLog.seq, after))
        .orderBy(asc(privacyAuditLog.seq))
        .limit(PAGE),
    from,
  );

const checkpointRows = (tx: Db, from: number) =>
  inSeqOrder(
    (after) =>
      tx
        .select()
        .from(privacyAuditCheckpoints)
        .where(gt(privacyAuditCheckpoints.seq, after))
        .orderBy(asc(privacyAuditCheckpoints.seq))
        .limit(PAGE),
    from,
  );
