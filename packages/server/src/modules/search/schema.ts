import { index, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * A merchant's changes to the query-understanding dictionaries: an entry replaces the default with the same kind
 * and key, a null body switches a default off. `learned` entries come from the search logs.
 */
export const searchDictionaryEntries = pgTable(
  'search_dictionary_entries',
  {
    merchantId: text('merchant_id').notNull(),
    kind: text('kind', {
      enum: ['synonyms', 'categories', 'scenes', 'personas', 'attributes', 'sorts'],
    }).notNull(),
    key: text('key').notNull(),
    body: jsonb('body').$type<Record<string, unknown> | null>(),
    source: text('source', { enum: ['merchant', 'learned'] }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.merchantId, t.kind, t.key] })],
);

/**
 * One row per search a shopper ran. `actorKey` is a keyed hash of the shopper or cart, never the id itself: it
 * only ties a session's reformulations together.
 */
export const searchQueries = pgTable(
  'search_queries',
  {
    id: text('id').primaryKey(),
    merchantId: text('merchant_id').notNull(),
    actorKey: text('actor_key'),
    query: text('query').notNull(),
    normalisedQuery: text('normalised_query').notNull(),
    locale: text('locale').notNull(),
    resultCount: integer('result_count').notNull(),
    shownIds: text('shown_ids').array().notNull(),
    understood: text('understood').notNull(),
    relaxed: jsonb('relaxed').$type<string[]>().notNull().default([]),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('search_queries_merchant_time_idx').on(t.merchantId, t.createdAt),
    index('search_queries_merchant_query_idx').on(t.merchantId, t.normalisedQuery),
    index('search_queries_actor_idx').on(t.merchantId, t.actorKey, t.createdAt),
  ],
);

/** What a shopper did with a search's results: clicked a product, bought it. */
export const searchEvents = pgTable(
  'search_events',
  {
    id: text('id').primaryKey(),
    merchantId: text('merchant_id').notNull(),
    queryId: text('query_id')
      .notNull()
      .references(() => searchQueries.id, { onDelete: 'cascade' }),
    productId: text('product_id').notNull(),
    kind: text('kind', { enum: ['click', 'purchase'] }).notNull(),
    position: integer('position'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('search_events_query_idx').on(t.queryId),
    index('search_events_merchant_product_idx').on(t.merchantId, t.productId),
  ],
);

export type SearchQueryRow = typeof searchQueries.$inferSelect;

/**
 * Products whose search documents changed. The process that handles a catalogue event records the change here;
 * every process reads what changed since it last looked before it searches, so all in-memory indexes converge.
 */
export const searchIndexChanges = pgTable(
  'search_index_changes',
  {
    id: text('id').primaryKey(),
    merchantId: text('merchant_id').notNull(),
    productId: text('product_id').notNull(),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('search_index_changes_merchant_time_idx').on(t.merchantId, t.changedAt)],
);

/**
 * Merchants whose catalogue the search module has seen (a product change, or a search): the ones each process
 * builds an index for at boot, so no shopper waits for it.
 */
export const searchMerchants = pgTable('search_merchants', {
  merchantId: text('merchant_id').primaryKey(),
  seenAt: timestamp('seen_at', { withTimezone: true }).notNull().defaultNow(),
});
