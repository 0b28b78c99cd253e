import { eq } from 'drizzle-orm';
import {
  fail,
  inTransaction,
  newId,
  ok,
  type Ctx,
  type Currency,
  type Result,
} from '../../../platform/index.ts';
import { merchants } from '../schema.ts';
import { toMerchantView, type MerchantView } from '../views.ts';

export const MERCHANT_HANDLE_PATTERN = /^[a-z0-9-]{2,40}$/;

export interface CreateMerchantInput {
  handle: string;
  name: string;
  currency: Currency;
}

/**
 * Creates a merchant; the first one becomes the default the store falls back to. Only the system (CLI
 * seed, tests) creates merchants, so ctx.merchantId is ignored: the new merchant's id is returned and the
 * caller builds a ctx for it to add staff.
 */
export async function createMerchant(ctx: Ctx, input: CreateMerchantInput): Promise<Result<MerchantView>> {
  if (ctx.actor.kind !== 'system') return fail('FORBIDDEN', 'Merchants are created by the system');
  if (!MERCHANT_HANDLE_PATTERN.test(input.handle)) {
    return fail('VALIDATION_FAILED', 'A handle is 2-40 lower-case letters, digits or dashes');
  }
  return inTransaction(ctx, async (tx) => {
    const [existingDefault] = await tx.db
      .select({ id: merchants.merchantId })
      .from(merchants)
      .where(eq(merchants.isDefault, true))
      .limit(1);
    const [row] = await tx.db
      .insert(merchants)
      .values({
        merchantId: newId('mer'),
        handle: input.handle,
        name: input.name,
        currency: input.currency,
        isDefault: existingDefault === undefined,
      })
      .onConflictDoNothing({ target: merchants.handle })
      .returning();
    if (!row) return fail('MERCHANT_HANDLE_TAKEN');
    return ok(toMerchantView(row));
  });
}
