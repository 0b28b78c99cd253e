import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/**
 * One data key per person (customer or staff member), wrapped by a key-encryption key from the
 * keyring or a KMS. Erasure destroys the wrapped key and keeps the row, so the person's ciphertexts
 * stay noise and no new key can be made for them.
 */
export const privacyDataKeys = pgTable(
  'privacy_data_keys',
  {
    id: text('id').primaryKey(),
    merchantId: text('merchant_id').notNull(),
    subjectId: text('subject_id').notNull(),
    /** The KEK that wrapped it; null only for a person erased before any key was made. */
    kekId: text('kek_id'),
    wrappedKey: text('wrapped_key'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    destroyedAt: timestamp('destroyed_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('privacy_data_keys_subject_uq').on(t.subjectId),
    // Rotation walks the keys still wrapped by an old KEK.
    index('privacy_data_keys_kek_idx').on(t.kekId, t.id),
    check(
      'privacy_data_keys_destroyed_ck',
      sql`(${t.destroyedAt} is null) = (${t.wrappedKey} is not null and ${t.kekId} is not null)`,
    ),
  ],
);

export type DataKeyRow = typeof privacyDataKeys.$inferSelect;
