import { sql } from 'drizzle-orm';
import type { Ctx } from '../../../platform/index.ts';
import { socialFavourites, socialFollows, socialProfiles } from '../schema.ts';

export interface SocialSignal {
  productId: string;
  /** 'friend' when at least one mutual friend supports it, else 'creator'. */
  source: 'friend' | 'creator';
  /** How many distinct friends and followed creators favourited it. */
  count: number;
  latestAt: Date;
}

export interface SocialSignalOptions {
  limit: number;
  /** Favourites older than this are not "recent"; 90 days before now by default. */
  since?: Date;
}

const RECENT_DAYS = 90;

/** What one statement reads: the signals, and whom the shopper follows (what the answer depends on). */
export interface LoadedSocialSignals {
  signals: SocialSignal[];
  followees: string[];
}

/**
 * Products the shopper's friends (mutual follows) and followed creators favourited recently, most
 * supported first. A friend's favourite counts when its owner shows it to friends or to everyone; a
 * creator's (one-way follow) only when public; private favourites never count, nor do one-way follows of
 * ordinary shoppers, nor products the shopper already favourited. One statement over the follow and
 * favourite primary keys and the (merchant, customer, created_at) index, because the recommendations
 * API calls it within a 20 ms budget.
 */
export async function socialSignals(
  ctx: Ctx,
  customerId: string,
  options: SocialSignalOptions,
): Promise<SocialSignal[]> {
  return (await loadSocialSignals(ctx, customerId, options)).signals;
}

/**
 * `socialSignals` with the ids of everyone the shopper follows: a cache keyed by the shopper is stale
 * exactly when one of them, or the shopper, changes a favourite, a follow or creator status.
 */
export async function loadSocialSignals(
  ctx: Ctx,
  customerId: string,
  options: SocialSignalOptions,
): Promise<LoadedSocialSignals> {
  const limit = Math.max(1, Math.min(Math.trunc(options.limit), 200));
  const since = options.since ?? new Date(Date.now() - RECENT_DAYS * 86_400_000);
  const m = ctx.merchantId;
  const result = (await ctx.db.execute(sql`
    with followed as (
      select f.followee_id as supporter_id,
        exists (
          select 1 from ${socialFollows} back
          where back.merchant_id = ${m} and back.follower_id = f.followee_id and back.followee_id = ${customerId}
        ) as friend,
        coalesce(p.is_creator, false) as creator
      from ${socialFollows} f
      left join ${socialProfiles} p on p.merchant_id = f.merchant_id and p.customer_id = f.followee_id
      where f.merchant_id = ${m} and f.follower_id = ${customerId}
    ),
    picked as (
      select fav.product_id as "productId",
        bool_or(s.friend) as "fromFriend",
        count(distinct fav.customer_id)::int as "count",
        max(fav.created_at) as "latestAt"
      from followed s
      join ${socialFavourites} fav on fav.merchant_id = ${m} and fav.customer_id = s.supporter_id
      where (s.friend or s.creator)
        and fav.created_at >= ${since.toISOString()}::timestamptz
        and (fav.visibility = 'public' or (s.friend and fav.visibility = 'friends'))
        and not exists (
          select 1 from ${socialFavourites} mine
          where mine.merchant_id = ${m} and mine.customer_id = ${customerId} and mine.product_id = fav.product_id
        )
      group by fav.product_id
      order by 3 desc, 4 desc, 1
      limit ${limit}
    )
    select
      (select coalesce(array_agg(supporter_id), '{}') from followed) as "followees",
      coalesce(
        (select json_agg(p order by p."count" desc, p."latestAt" desc, p."productId") from picked p),
        '[]'
      ) as "signals"`)) as unknown as {
    rows: {
      followees: string[];
      signals: { productId: string; fromFriend: boolean; count: number; latestAt: string }[] | string;
    }[];
  };
  const row = result.rows[0];
  // json arrives parsed from node-postgres and as text from some drivers.
  const signals = typeof row?.signals === 'string' ? JSON.parse(row.signals) : (row?.signals ?? []);
  return {
    followees: row?.followees ?? [],
    signals: (signals as { productId: string; fromFriend: boolean; count: number; latestAt: string }[]).map(
      (s) => ({
        productId: s.productId,
        source: s.fromFriend ? 'friend' : 'creator',
        count: Number(s.count),
        latestAt: new Date(s.latestAt),
      }),
    ),
  };
}
