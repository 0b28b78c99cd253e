import { and, eq, isNull } from 'drizzle-orm';
import type { Ctx } from '../../../platform/index.ts';
import { customers } from '../schema.ts';

/**
 * Whether ctx's merchant has this (not erased) customer, without opening any personal field: for modules
 * that link accounts (follows, creators) and must answer 404 for anyone else's or nobody's id.
 */
export async function customerExists(ctx: Ctx, customerId: string): Promise<boolean> {
  const [row] = await ctx.db
    .select({ id: customers.id })
    .from(customers)
    .where(
      and(eq(customers.merchantId, ctx.merchantId), eq(customers.id, customerId), isNull(customers.erasedAt)),
    );
  return row !== undefined;
}
