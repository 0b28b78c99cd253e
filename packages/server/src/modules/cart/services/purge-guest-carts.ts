import { and, isNull, lt } from 'drizzle-orm';
import type { Ctx } from '../../../platform/index.ts';
import { carts } from '../schema.ts';

declare module '../../../platform/jobs/index.ts' {
  interface JobMap {
    'cart.purge_guest_carts': Record<string, never>;
  }
}

export const GUEST_CART_RETENTION_DAYS = 30;

/**
 * Guest carts nobody touched for 30 days are gone for good (their token lived only in a browser); their
 * items go with them (foreign key cascade). Shoppers' carts are kept.
 */
export async function purgeAbandonedGuestCarts(ctx: Ctx, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - GUEST_CART_RETENTION_DAYS * 24 * 60 * 60_000);
  const removed = await ctx.db
    .delete(carts)
    .where(and(isNull(carts.customerId), lt(carts.updatedAt, cutoff)))
    .returning({ id: carts.id });
  return removed.length;
}
