import { and, asc, eq, or } from 'drizzle-orm';
import type { DataSubject, PersonalDataContributor } from '../../platform/index.ts';
import { socialFavourites, socialFollows, socialProfiles } from './schema.ts';

const favouritesOf = (s: DataSubject) =>
  and(eq(socialFavourites.merchantId, s.merchantId), eq(socialFavourites.customerId, s.customerId));
const followsOf = (s: DataSubject) =>
  and(
    eq(socialFollows.merchantId, s.merchantId),
    or(eq(socialFollows.followerId, s.customerId), eq(socialFollows.followeeId, s.customerId)),
  );
const profileOf = (s: DataSubject) =>
  and(eq(socialProfiles.merchantId, s.merchantId), eq(socialProfiles.customerId, s.customerId));

/**
 * Favourites, follows (both ways) and the social profile with a creator's public name. Erasure deletes
 * them all, including other shoppers' follows of the person, so no trace of the relationship is left.
 */
export const socialPersonalData: PersonalDataContributor = {
  fields: ['social_favourites.product_id', 'social_follows.followee_id', 'social_profiles.creator_name'],
  async exportSubject(ctx, subject) {
    const favourites = await ctx.db
      .select({
        productId: socialFavourites.productId,
        visibility: socialFavourites.visibility,
        createdAt: socialFavourites.createdAt,
      })
      .from(socialFavourites)
      .where(favouritesOf(subject))
      .orderBy(asc(socialFavourites.createdAt));
    const follows = await ctx.db
      .select()
      .from(socialFollows)
      .where(followsOf(subject))
      .orderBy(asc(socialFollows.createdAt));
    const [profile] = await ctx.db.select().from(socialProfiles).where(profileOf(subject));
    if (favourites.length === 0 && follows.length === 0 && !profile) return undefined;
    return {
      favourites,
      // Other people are named by account id only: their own data is theirs, not part of this export.
      following: follows
        .filter((f) => f.followerId === subject.customerId)
        .map((f) => ({ customerId: f.followeeId, since: f.createdAt })),
      followerCount: follows.filter((f) => f.followeeId === subject.customerId).length,
      settings: profile
        ? {
            defaultVisibility: profile.defaultVisibility,
            creator: profile.isCreator
              ? { displayName: profile.creatorName, since: profile.creatorSince }
              : null,
          }
        : null,
    };
  },
  async eraseSubject(ctx, subject) {
    await ctx.db.delete(socialFavourites).where(favouritesOf(subject));
    await ctx.db.delete(socialFollows).where(followsOf(subject));
    await ctx.db.delete(socialProfiles).where(profileOf(subject));
  },
};
