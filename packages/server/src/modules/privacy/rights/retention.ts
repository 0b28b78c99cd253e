import type { FastifyBaseLogger } from 'fastify';
import {
  RETENTION_CATEGORIES,
  type Ctx,
  type PersonalDataSource,
  type RetentionCategory,
  type RetentionPolicy,
} from '../../../platform/index.ts';

/** Defaults, in days; docs/privacy.md tells shoppers the same numbers. */
export const DEFAULT_RETENTION_DAYS: Readonly<Record<RetentionCategory, number>> = {
  guest_carts: 30,
  sessions: 30,
  behaviour: 180,
  // Accounting records: 7 years. Erasure anonymises an order at once; the anonymised row stays this long.
  orders: 7 * 365 + 2,
  consent_history: 3 * 365,
  // PIPL art. 56 keeps impact assessments and processing records 3 years; request records follow suit.
  privacy_requests: 3 * 365,
  export_archives: 7,
  audit_log: 3 * 365,
};

const DAY_MS = 24 * 60 * 60_000;

/** The periods in force: the defaults with a deployment's overrides; an unknown category is a boot error. */
export function retentionDays(
  overrides: Readonly<Record<string, number>> = {},
): Record<RetentionCategory, number> {
  const days = { ...DEFAULT_RETENTION_DAYS };
  for (const [category, value] of Object.entries(overrides)) {
    if (!(RETENTION_CATEGORIES as readonly string[]).includes(category))
      throw new Error(`unknown retention category "${category}" (known: ${RETENTION_CATEGORIES.join(', ')})`);
    if (!Number.isInteger(value) || value < 1)
      throw new Error(`retention for ${category} must be at least 1 day`);
    days[category as RetentionCategory] = value;
  }
  return days;
}

export function retentionPolicy(
  now: Date,
  days: Readonly<Record<RetentionCategory, number>>,
): RetentionPolicy {
  return { now, cutoff: (category) => new Date(now.getTime() - days[category] * DAY_MS) };
}

/**
 * Asks each module to drop what is past retention, each in its own savepoint: one module's failure is
 * logged and retried on the next run without holding back the others' purges.
 */
export async function purgeExpiredData(
  ctx: Ctx,
  sources: readonly PersonalDataSource[],
  policy: RetentionPolicy,
  log: FastifyBaseLogger,
): Promise<void> {
  for (const { module, contributor } of sources) {
    const purge = contributor.purgeExpired?.bind(contributor);
    if (!purge) continue;
    try {
      await ctx.db.transaction((tx) => purge({ ...ctx, db: tx, inTransaction: true }, policy));
    } catch (err) {
      log.error({ err, module }, 'retention purge failed');
    }
  }
}
