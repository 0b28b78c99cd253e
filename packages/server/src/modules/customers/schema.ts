import { sql } from 'drizzle-orm';
import { boolean, index, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

export const customers = pgTable(
  'customers',
  {
    id: text('id').primaryKey(),
    merchantId: text('merchant_id').notNull(),
    // Personal fields are stored only sealed by the privacy vault (AES-256-GCM under the shopper's data
    // key, bound to this row and column); look-ups go through keyed blind indexes instead.
    emailIndex: text('email_index'),
    emailSealed: text('email_sealed'),
    displayNameSealed: text('display_name_sealed'),
    phoneIndex: text('phone_index'),
    phoneSealed: text('phone_sealed'),
    /** Resident ID-card number (cross-border customs, real-name checks): sensitive, separate consent. */
    idNumberIndex: text('id_number_index'),
    idNumberSealed: text('id_number_sealed'),
    passwordHash: text('password_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** Set by erasure: the data key is shredded and the indexes cleared; the row stays for orders. */
    erasedAt: timestamp('erased_at', { withTimezone: true }),
    // Plaintext columns of databases created before the vault; sealed and emptied at boot
    // (seal-legacy-rows.ts), always null afterwards. Dropped in a later release.
    legacyEmail: text('email'),
    legacyDisplayName: text('display_name'),
    legacyPhone: text('phone'),
  },
  // Accounts are per merchant: the same email at two merchants is two unrelated shoppers.
  (t) => [
    uniqueIndex('customers_merchant_email_index_uq').on(t.merchantId, t.emailIndex),
    index('customers_merchant_phone_index_idx').on(t.merchantId, t.phoneIndex),
  ],
);

/** Only the SHA-256 of a session token is kept, so a leaked table cannot be replayed as sign-ins. */
export const customerSessions = pgTable(
  'customer_sessions',
  {
    id: text('id').primaryKey(),
    merchantId: text('merchant_id').notNull(),
    customerId: text('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('customer_sessions_token_uq').on(t.tokenHash),
    index('customer_sessions_customer_idx').on(t.customerId),
  ],
);

export const customerAddresses = pgTable(
  'customer_addresses',
  {
    id: text('id').primaryKey(),
    merchantId: text('merchant_id').notNull(),
    customerId: text('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'cascade' }),
    // Region (province, city) stays clear for shipping rates and analytics; everything that locates or
    // names the person is sealed.
    province: text('province').notNull(),
    city: text('city').notNull(),
    recipientSealed: text('recipient_sealed'),
    phoneSealed: text('phone_sealed'),
    districtSealed: text('district_sealed'),
    line1Sealed: text('line1_sealed'),
    line2Sealed: text('line2_sealed'),
    postalCodeSealed: text('postal_code_sealed'),
    /** The delivery pin, "latitude,longitude", sealed: precise location is personal data. */
    locationSealed: text('location_sealed'),
    // Plaintext columns of databases created before the vault; see customers.legacyEmail.
    legacyRecipient: text('recipient'),
    legacyPhone: text('phone'),
    legacyDistrict: text('district'),
    legacyLine1: text('line1'),
    legacyLine2: text('line2'),
    legacyPostalCode: text('postal_code'),
    isDefault: boolean('is_default').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('customer_addresses_customer_idx').on(t.merchantId, t.customerId),
    uniqueIndex('customer_addresses_one_default_uq')
      .on(t.customerId)
      .where(sql`${t.isDefault}`),
  ],
);

export type CustomerRow = typeof customers.$inferSelect;
export type AddressRow = typeof customerAddresses.$inferSelect;

/**
 * Self-declared profile details for the shopper portrait (birth year, gender, city key, income band), all
 * optional, stored only sealed (class 'demographic') and only with the analytics consent. One row per
 * shopper who filled any of them in.
 */
export const customerDemographics = pgTable(
  'customer_demographics',
  {
    customerId: text('customer_id')
      .primaryKey()
      .references(() => customers.id, { onDelete: 'cascade' }),
    merchantId: text('merchant_id').notNull(),
    birthYearSealed: text('birth_year_sealed'),
    genderSealed: text('gender_sealed'),
    citySealed: text('city_sealed'),
    incomeBandSealed: text('income_band_sealed'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('customer_demographics_merchant_idx').on(t.merchantId, t.customerId)],
);

export type DemographicsRow = typeof customerDemographics.$inferSelect;
