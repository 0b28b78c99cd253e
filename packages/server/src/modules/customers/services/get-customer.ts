import { and, eq } from 'drizzle-orm';
import { fail, ok, type Ctx, type Result } from '../../../platform/index.ts';
import { customers } from '../schema.ts';
import { toCustomerView, type CustomerView } from '../views.ts';

/** A customer of ctx's merchant; a shopper may only read their own account. */
export async function getCustomer(ctx: Ctx, customerId: string): Promise<Result<CustomerView>> {
  if (ctx.actor.kind === 'shopper' && ctx.actor.customerId !== customerId) return fail('CUSTOMER_NOT_FOUND');
  const [row] = await ctx.db
    .select()
    .from(customers)
    .where(and(eq(customers.merchantId, ctx.merchantId), eq(customers.id, customerId)));
  return row ? ok(toCustomerView(row)) : fail('CUSTOMER_NOT_FOUND');
}
