import { createHash } from 'node:crypto';
import type { AuditOperation } from '../../../platform/index.ts';

/** The prev_hash of the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/** An entry as chained: everything stored except the hashes. */
export interface ChainedEntry {
  seq: number;
  at: Date;
  merchantId: string;
  actorKind: 'system' | 'guest' | 'shopper' | 'staff';
  actorId: string | null;
  subjectId: string;
  fields: readonly string[];
  operation: AuditOperation;
  purpose: string;
  requestId: string;
  sourceAddress: string | null;
}

/**
 * A JSON array in a fixed order: unambiguous (strings are quoted and escaped), stable across drivers,
 * and it includes seq, so a row moved to another position no longer matches its hash. The leading 1 is
 * the format version, for the day a field is added.
 */
export function canonicalEntry(e: ChainedEntry): string {
  return JSON.stringify([
    1,
    e.seq,
    e.at.toISOString(),
    e.merchantId,
    e.actorKind,
    e.actorId,
    e.subjectId,
    e.fields,
    e.operation,
    e.purpose,
    e.requestId,
    e.sourceAddress,
  ]);
}

export function entryHash(prevHash: string, entry: ChainedEntry): string {
  return createHash('sha256').update(prevHash).update('\n').update(canonicalEntry(entry)).digest('hex');
}

/** The bytes a checkpoint signs: the chain head it vouches for and when. */
export function checkpointMessage(c: { seq: number; hash: string; at: Date; keyId: string }): Buffer {
  return Buffer.from(`hexamall-audit-checkpoint/1\n${c.seq}\n${c.hash}\n${c.at.toISOString()}\n${c.keyId}`);
}
