import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/**
 * Data-subject requests (export, erasure, rectification) and where each stands. Rows outlive an erasure
 * (they prove it was done) but hold nothing readable about the person once their key is shredded.
 */
export const privacyRequests = pgTable(
  'privacy_requests',
  {
    id: text('id').primaryKey(),
    merchantId: text('merchant_id').notNull(),
    subjectId: text('subject_id').notNull(),
    kind: text('kind', { enum: ['export', 'erasure', 'rectification'] }).notNull(),
    state: text('state', { enum: ['received', 'in_progress', 'completed', 'rejected'] })
      .notNull()
      .default('received'),
    /** What the shopper asks to have corrected: personal, so sealed under their key. */
    detailsSealed: text('details_sealed'),
    /** Why staff rejected or how they resolved it; staff are told not to put personal data here. */
    resolution: text('resolution'),
    /** Where a finished export can be downloaded. */
    resultLocation: text('result_location'),
    handledBy: text('handled_by'),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    /** PIPL art. 50 asks for a timely answer; we promise 30 days, as GDPR art. 12(3) does. */
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (t) => [
    index('privacy_requests_subject_idx').on(t.merchantId, t.subjectId),
    index('privacy_requests_merchant_state_idx').on(t.merchantId, t.state, t.id),
    // One open request per kind and person: a second tap on "download my data" must not queue another.
    uniqueIndex('privacy_requests_one_open_uq')
      .on(t.merchantId, t.subjectId, t.kind)
      .where(sql`${t.state} in ('received', 'in_progress')`),
    check(
      'privacy_requests_closed_when_final',
      sql`(${t.state} in ('completed', 'rejected')) = (${t.closedAt} is not null)`,
    ),
  ],
);

/** Finished exports, sealed under the person's key: a shredded key turns a leftover archive into noise. */
export const privacyExportArchives = pgTable(
  'privacy_export_archives',
  {
    requestId: text('request_id')
      .primaryKey()
      .references(() => privacyRequests.id, { onDelete: 'cascade' }),
    merchantId: text('merchant_id').notNull(),
    subjectId: text('subject_id').notNull(),
    archiveSealed: text('archive_sealed').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('privacy_export_archives_subject_idx').on(t.merchantId, t.subjectId),
    index('privacy_export_archives_created_idx').on(t.createdAt),
  ],
);

export type PrivacyRequestRow = typeof privacyRequests.$inferSelect;
export type PrivacyRequestKind = PrivacyRequestRow['kind'];
export type PrivacyRequestState = PrivacyRequestRow['state'];
