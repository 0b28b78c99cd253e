import { index, pgTable, primaryKey, text, timestamp, boolean } from 'drizzle-orm/pg-core';

/**
 * Who may see a favourite besides its owner: nobody, mutual friends (both follow each other), or anyone
 * (a creator's public picks, and friends too).
 */
export const FAVOURITE_VISIBILITIES = ['private', 'friends', 'public'] as const;
export type FavouriteVisibility = (typeof FAVOURITE_VISIBILITIES)[number];

/** A shopper's favourite product. One row per (shopper, product); the product id is a plain catalog id. */
export const socialFavourites = pgTable(
  'social_favourites',
  {
    merchantId: text('merchant_id').notNull(),
    customerId: text('customer_id').notNull(),
    productId: text('product_id').notNull(),
    visibility: text('visibility', { enum: FAVOURITE_VISIBILITIES }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.merchantId, t.customerId, t.productId] }),
    // The owner's list (newest first) and the social-signal join on a supporter's recent favourites.
    index('social_favourites_recent_idx').on(t.merchantId, t.customerId, t.createdAt),
  ],
);

/** A one-way follow; two of them, each way, make two shoppers friends. */
export const socialFollows = pgTable(
  'social_follows',
  {
    merchantId: text('merchant_id').notNull(),
    followerId: text('follower_id').notNull(),
    followeeId: text('followee_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.merchantId, t.followerId, t.followeeId] }),
    // "Does the followee follow back?" and a creator's follower count.
    index('social_follows_followee_idx').on(t.merchantId, t.followeeId, t.followerId),
  ],
);

/**
 * A shopper's social settings, and whether the merchant made them a creator. The creator name is a
 * public stage name the merchant publishes with the creator's agreement (decision 0012), so it is not
 * sealed; erasure deletes the row.
 */
export const socialProfiles = pgTable(
  'social_profiles',
  {
    merchantId: text('merchant_id').notNull(),
    customerId: text('customer_id').notNull(),
    /** Given to new favourites that do not name their own visibility. */
    defaultVisibility: text('default_visibility', { enum: FAVOURITE_VISIBILITIES })
      .notNull()
      .default('friends'),
    isCreator: boolean('is_creator').notNull().default(false),
    creatorName: text('creator_name'),
    creatorSince: timestamp('creator_since', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.merchantId, t.customerId] })],
);

export type FavouriteRow = typeof socialFavourites.$inferSelect;
export type SocialProfileRow = typeof socialProfiles.$inferSelect;
