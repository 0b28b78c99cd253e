import { sql } from 'drizzle-orm';
import { boolean, index, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/**
 * A merchant's row is keyed by its own merchant_id, so the rule "every row carries merchant_id" holds
 * here too and tenant filters read the same everywhere.
 */
export const merchants = pgTable(
  'merchants',
  {
    merchantId: text('merchant_id').primaryKey(),
    handle: text('handle').notNull(),
    name: text('name').notNull(),
    currency: text('currency').notNull(),
    isDefault: boolean('is_default').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('merchants_handle_uq').on(t.handle),
    // At most one default merchant: the store falls back to it when a request names none.
    uniqueIndex('merchants_single_default_uq')
      .on(t.isDefault)
      .where(sql`${t.isDefault}`),
  ],
);

export const staff = pgTable(
  'staff',
  {
    id: text('id').primaryKey(),
    merchantId: text('merchant_id').notNull(),
    // Staff are people too: email and name are sealed by the privacy vault under the staff member's own
    // data key; sign-in finds the row by the email's keyed blind index.
    emailIndex: text('email_index'),
    emailSealed: text('email_sealed'),
    displayNameSealed: text('display_name_sealed'),
    // Plaintext columns of databases created before the vault: sealed and emptied at boot, then unused.
    legacyEmail: text('email'),
    legacyDisplayName: text('display_name'),
    role: text('role', { enum: ['owner', 'operator', 'customer_service', 'analyst'] }).notNull(),
    passwordHash: text('password_hash').notNull(),
    // 'frozen': an access anomaly stopped the account until an owner unfreezes it (privacy module).
    status: text('status', { enum: ['active', 'disabled', 'frozen'] })
      .notNull()
      .default('active'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('staff_merchant_email_index_uq').on(t.merchantId, t.emailIndex)],
);

/** Only the SHA-256 of a session token is kept, so a leaked table cannot be replayed as sign-ins. */
export const staffSessions = pgTable(
  'staff_sessions',
  {
    id: text('id').primaryKey(),
    merchantId: text('merchant_id').notNull(),
    staffId: text('staff_id')
      .notNull()
      .references(() => staff.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('staff_sessions_token_uq').on(t.tokenHash),
    index('staff_sessions_staff_idx').on(t.staffId),
  ],
);

export type MerchantRow = typeof merchants.$inferSelect;
export type StaffRow = typeof staff.$inferSelect;
