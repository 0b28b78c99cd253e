import { bigint, boolean, index, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

export type PasskeyOwnerKind = 'customer' | 'staff';

/**
 * One registered passkey. Owners are ids in the customers or staff module (no foreign key across
 * modules); the credential id is unique across the deployment because authenticators make it at random.
 */
export const passkeyCredentials = pgTable(
  'passkey_credentials',
  {
    id: text('id').primaryKey(),
    merchantId: text('merchant_id').notNull(),
    ownerKind: text('owner_kind', { enum: ['customer', 'staff'] }).notNull(),
    ownerId: text('owner_id').notNull(),
    /** base64url, as the browser reports it. */
    credentialId: text('credential_id').notNull(),
    /** COSE public key, base64url. */
    publicKey: text('public_key').notNull(),
    /** Signature counter (uint32); 0 for authenticators that do not count (synced passkeys). */
    counter: bigint('counter', { mode: 'number' }).notNull(),
    transports: text('transports').array().notNull(),
    /** 'singleDevice' or 'multiDevice' (synced, e.g. iCloud Keychain, Google Password Manager). */
    deviceType: text('device_type', { enum: ['singleDevice', 'multiDevice'] }).notNull(),
    backedUp: boolean('backed_up').notNull(),
    /** The owner's own name for it ("iPhone"), shown in their passkey list. */
    label: text('label'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('passkey_credentials_credential_uq').on(t.credentialId),
    index('passkey_credentials_owner_idx').on(t.merchantId, t.ownerKind, t.ownerId),
  ],
);

/**
 * Challenges live in the database, not in a process, so any server process can verify the answer and a
 * challenge is spent once for all of them (used_at is set by a conditional update).
 */
export const passkeyChallenges = pgTable(
  'passkey_challenges',
  {
    id: text('id').primaryKey(),
    merchantId: text('merchant_id').notNull(),
    purpose: text('purpose', { enum: ['registration', 'authentication'] }).notNull(),
    /** Who is registering; authentication is usernameless, so its challenges have no owner. */
    ownerKind: text('owner_kind', { enum: ['customer', 'staff'] }).notNull(),
    ownerId: text('owner_id'),
    /** base64url, as sent to the browser and echoed in clientDataJSON. */
    challenge: text('challenge').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('passkey_challenges_challenge_uq').on(t.challenge),
    index('passkey_challenges_expiry_idx').on(t.expiresAt),
  ],
);

export type PasskeyRow = typeof passkeyCredentials.$inferSelect;
export type ChallengeRow = typeof passkeyChallenges.$inferSelect;
