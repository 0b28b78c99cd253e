import { sql } from 'drizzle-orm';
import { boolean, check, index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Append-only: every grant and withdrawal is a row, never updated, so the history proves what was agreed
 * to, when, how and under which notice. The current state of a purpose is its latest row.
 */
export const consentRecords = pgTable(
  'privacy_consent_records',
  {
    id: text('id').primaryKey(),
    merchantId: text('merchant_id').notNull(),
    subjectId: text('subject_id').notNull(),
    purpose: text('purpose').notNull(),
    granted: boolean('granted').notNull(),
    noticeVersion: text('notice_version').notNull(),
    method: text('method').notNull(),
    channel: text('channel').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // Serves "latest row per purpose" for one subject, the query every signed-in request makes.
    index('privacy_consent_records_subject_idx').on(t.merchantId, t.subjectId, t.purpose, t.at),
    check(
      'privacy_consent_records_purpose_known',
      sql`${t.purpose} in ('personalisation', 'marketing', 'analytics', 'third_party_sharing', 'cross_border', 'sensitive_data')`,
    ),
  ],
);

export type ConsentRecordRow = typeof consentRecords.$inferSelect;
