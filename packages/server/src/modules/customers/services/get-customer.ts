import { and, eq } from 'drizzle-orm';
import { fail, ok, type AccessPurpose, type Ctx, type Result } from '../../../platform/index.ts';
import { customers } from '../schema.ts';
import type { CustomerView } from '../views.ts';
import { openCustomer } from './personal.ts';

/**
 * A customer of ctx's merchant, read for a purpose (the shopper's own account is 'self'); a shopper may
 * only read their own account. Staff see what their role allows for the purpose, masked otherwise.
 */
export async function getCustomer(
  ctx: Ctx,
  customerId: string,
  purpose: AccessPurpose = ctx.actor.kind === 'shopper' ? 'self' : 'customer_service',
): Promise<Result<CustomerView>> {
  if (ctx.actor.kind === 'shopper' && ctx.actor.customerId !== customerId) return fail('CUSTOMER_NOT_FOUND');
  const [row] = await ctx.db
    .select()
    .from(customers)
    .where(and(eq(customers.merchantId, ctx.merchantId), eq(customers.id, customerId)));
  return row ? ok(await openCustomer(ctx, purpose, row)) : fail('CUSTOMER_NOT_FOUND');
}
