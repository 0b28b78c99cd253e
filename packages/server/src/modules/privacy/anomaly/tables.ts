import { sql } from 'drizzle-orm';
import { index, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import type { AnomalyRule } from '../../../config.ts';

/** What an alert says about the access that raised it: counts, limits, times; never personal values. */
export interface AlertDetail {
  people?: number;
  exports?: number;
  limit?: number;
  windowMinutes?: number;
  /** Local hour of the access, and the zone it was read in. */
  hour?: number;
  timeZone?: string;
  /** The request that tripped the rule; its audit entries say what was read. */
  requestId?: string;
}

/** Raised by the anomaly rules; an owner reviews and resolves each. */
export const privacyAlerts = pgTable(
  'privacy_alerts',
  {
    id: text('id').primaryKey(),
    merchantId: text('merchant_id').notNull(),
    /** The staff member whose access tripped the rule. */
    actorId: text('actor_id').notNull(),
    rule: text('rule').$type<AnomalyRule>().notNull(),
    action: text('action', { enum: ['freeze', 'alert'] }).notNull(),
    detail: jsonb('detail').$type<AlertDetail>().notNull(),
    status: text('status', { enum: ['open', 'resolved'] })
      .notNull()
      .default('open'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    resolvedBy: text('resolved_by'),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
  },
  (t) => [
    index('privacy_alerts_merchant_idx').on(t.merchantId, t.status, t.id),
    // One open alert per person and rule: every process may find the same burst, one row records it,
    // and only the process that inserts it freezes the account.
    uniqueIndex('privacy_alerts_open_uq')
      .on(t.merchantId, t.actorId, t.rule)
      .where(sql`${t.status} = 'open'`),
  ],
);

/** The networks (/24, /64) each staff member worked from, for the new-network rule. */
export const privacyStaffNetworks = pgTable(
  'privacy_staff_networks',
  {
    merchantId: text('merchant_id').notNull(),
    actorId: text('actor_id').notNull(),
    network: text('network').notNull(),
    firstSeen: timestamp('first_seen', { withTimezone: true }).notNull(),
    lastSeen: timestamp('last_seen', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.merchantId, t.actorId, t.network] })],
);

export type AlertRow = typeof privacyAlerts.$inferSelect;
