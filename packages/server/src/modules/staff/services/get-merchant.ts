import { eq } from 'drizzle-orm';
import { fail, ok, type Ctx, type Db, type Result } from '../../../platform/index.ts';
import { merchants } from '../schema.ts';
import { toMerchantView, type MerchantView } from '../views.ts';

export async function getMerchant(ctx: Ctx): Promise<Result<MerchantView>> {
  const [row] = await ctx.db.select().from(merchants).where(eq(merchants.merchantId, ctx.merchantId));
  return row ? ok(toMerchantView(row)) : fail('MERCHANT_NOT_FOUND');
}

/**
 * The merchant a request addresses: the one with this handle, or the default one when none is named.
 * Runs before any ctx exists (it is how the ctx's merchant is found), hence a bare db.
 */
export async function resolveMerchant(db: Db, handle: string | undefined): Promise<string | undefined> {
  const where = handle === undefined ? eq(merchants.isDefault, true) : eq(merchants.handle, handle);
  const [row] = await db.select({ id: merchants.merchantId }).from(merchants).where(where).limit(1);
  return row?.id;
}
