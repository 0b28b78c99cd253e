import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../../../platform/index.ts';
import { socialProfiles, type FavouriteVisibility, type SocialProfileRow } from '../schema.ts';
import type { SocialSettings } from '../views.ts';

export async function findSocialProfile(ctx: Ctx, customerId: string): Promise<SocialProfileRow | undefined> {
  const [row] = await ctx.db
    .select()
    .from(socialProfiles)
    .where(and(eq(socialProfiles.merchantId, ctx.merchantId), eq(socialProfiles.customerId, customerId)));
  return row;
}

/** The visibility a new favourite gets when it names none: mutual friends only until the shopper changes it. */
export async function defaultVisibilityOf(ctx: Ctx, customerId: string): Promise<FavouriteVisibility> {
  return (await findSocialProfile(ctx, customerId))?.defaultVisibility ?? 'friends';
}

export async function getSocialSettings(ctx: Ctx, customerId: string): Promise<SocialSettings> {
  return { defaultVisibility: await defaultVisibilityOf(ctx, customerId) };
}

/** Changes the default for favourites made from now on; existing favourites keep their own visibility. */
export async function setSocialSettings(
  ctx: Ctx,
  customerId: string,
  settings: SocialSettings,
): Promise<SocialSettings> {
  const now = new Date();
  await ctx.db
    .insert(socialProfiles)
    .values({
      merchantId: ctx.merchantId,
      customerId,
      defaultVisibility: settings.defaultVisibility,
      updatedAt: now,
    })
    .onConflictDoUpdate({
      target: [socialProfiles.merchantId, socialProfiles.customerId],
      set: { defaultVisibility: settings.defaultVisibility, updatedAt: now },
    });
  return { defaultVisibility: settings.defaultVisibility };
}
