import { sql } from 'drizzle-orm';
import { bigint, index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * One row per access to one person's data, hash-chained: each row's hash covers its content and the
 * previous row's hash, so any edit, deletion, insertion or swap breaks the chain at that row. Names of
 * fields only, never their values. Triggers (migration audit_append_only) refuse UPDATE, DELETE and
 * TRUNCATE, so the application itself cannot rewrite history.
 */
export const privacyAuditLog = pgTable(
  'privacy_audit_log',
  {
    // Assigned by the writer under an advisory lock, so it is dense and gives the chain order.
    seq: bigint('seq', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    merchantId: text('merchant_id').notNull(),
    actorKind: text('actor_kind', { enum: ['system', 'guest', 'shopper', 'staff'] }).notNull(),
    /** stf_… or cus_…, the system actor's reason, null for a guest. */
    actorId: text('actor_id'),
    subjectId: text('subject_id').notNull(),
    fields: text('fields').array().notNull(),
    operation: text('operation', { enum: ['read', 'write', 'delete', 'export'] }).notNull(),
    purpose: text('purpose').notNull(),
    requestId: text('request_id').notNull(),
    sourceAddress: text('source_address'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    // The anomaly rules count one staff member's recent reads and exports.
    index('privacy_audit_log_actor_idx')
      .on(t.merchantId, t.actorId, t.at)
      .where(sql`${t.actorKind} = 'staff'`),
    // "Who read this person's data": the data-subject access report.
    index('privacy_audit_log_subject_idx').on(t.merchantId, t.subjectId, t.at),
  ],
);

/**
 * The chain head after each stored batch, signed with the keyring's audit key: a rewritten chain (every
 * hash recomputed) or a deleted tail no longer matches the latest signed head.
 */
export const privacyAuditCheckpoints = pgTable('privacy_audit_checkpoints', {
  seq: bigint('seq', { mode: 'number' }).primaryKey(),
  hash: text('hash').notNull(),
  keyId: text('key_id').notNull(),
  signature: text('signature').notNull(),
  at: timestamp('at', { withTimezone: true }).notNull(),
});

export type AuditLogRow = typeof privacyAuditLog.$inferSelect;
export type AuditCheckpointRow = typeof privacyAuditCheckpoints.$inferSelect;

/**
 * Each retention purge of the oldest entries, signed like a checkpoint: the verifier starts the chain at
 * `anchorHash` (the hash of entry `upToSeq`, the last one removed) instead of the genesis hash. Without a
 * signed record a missing prefix is a deletion; with one, entries missing beyond it still are.
 */
export const privacyAuditPurges = pgTable('privacy_audit_purges', {
  upToSeq: bigint('up_to_seq', { mode: 'number' }).primaryKey(),
  anchorHash: text('anchor_hash').notNull(),
  /** Entries recorded before this were past retention. */
  cutoff: timestamp('cutoff', { withTimezone: true }).notNull(),
  purgedAt: timestamp('purged_at', { withTimezone: true }).notNull(),
  keyId: text('key_id').notNull(),
  signature: text('signature').notNull(),
});

export type AuditPurgeRow = typeof privacyAuditPurges.$inferSelect;
