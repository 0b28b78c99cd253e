import type { Ctx } from './context.ts';

/** The person a data-subject request is about: a shopper of one merchant. */
export interface DataSubject {
  merchantId: string;
  customerId: string;
}

/**
 * Data categories with their own retention period. The privacy module holds the periods (defaults in
 * docs/privacy.md, overridable per deployment); each module purges its own rows of a category.
 */
export const RETENTION_CATEGORIES = [
  /** Carts of shoppers who never signed in. */
  'guest_carts',
  /** Shopper and staff sessions, counted from expiry or revocation. */
  'sessions',
  /** Search queries and clicks, browsing history: what personalisation learns from. */
  'behaviour',
  /** Orders, payments, refunds and shipments: kept for accounting and tax law. */
  'orders',
  /** Superseded consent records; the current choice per purpose is kept while the account exists. */
  'consent_history',
  /** Closed data-subject requests: proof that each was answered, and when. */
  'privacy_requests',
  /** Export archives, counted from when they were ready. */
  'export_archives',
  /** The personal-data access log. */
  'audit_log',
] as const;
export type RetentionCategory = (typeof RETENTION_CATEGORIES)[number];

/** One purge run's view of the retention periods. */
export interface RetentionPolicy {
  readonly now: Date;
  /** Rows of the category older than this (by the clock the category names) are past retention. */
  cutoff(category: RetentionCategory): Date;
}

/**
 * A module's part in data-subject rights, declared as `personalData` on its HexamallModule. The privacy
 * module gathers every contributor: export asks each for what it holds on the person, erasure asks each
 * to delete or anonymise it and then destroys the person's data key, and the purge job asks each to drop
 * what is past retention. Every method runs in the caller's transaction (ctx.db) and must be idempotent:
 * a failed request is retried from the start.
 */
export interface PersonalDataContributor {
  /** `table.column` names holding personal data, named (never valued) in each export's audit entry. */
  readonly fields: readonly string[];
  /** Everything held on the person, decrypted and readable; undefined when nothing is held. */
  exportSubject(ctx: Ctx, subject: DataSubject): Promise<Record<string, unknown> | undefined>;
  /** Deletes the person's rows, or anonymises those the law makes us keep. Runs before the key is shredded. */
  eraseSubject(ctx: Ctx, subject: DataSubject): Promise<void>;
  /** Deletes rows past retention, across merchants (ctx names no merchant). */
  purgeExpired?(ctx: Ctx, policy: RetentionPolicy): Promise<void>;
}

/** A contributor with the module it came from; the app hands the list to the runtime at boot. */
export interface PersonalDataSource {
  module: string;
  contributor: PersonalDataContributor;
}
