import { and, asc, eq } from 'drizzle-orm';
import { fail, ok, type Ctx, type Result } from '../../../platform/index.ts';
import { paymentRefunds, payments } from '../schema.ts';
import { toPayment, toRefund, type Payment, type Refund } from '../views.ts';

export async function getPayment(ctx: Ctx, paymentId: string): Promise<Result<Payment>> {
  const [row] = await ctx.db
    .select()
    .from(payments)
    .where(and(eq(payments.merchantId, ctx.merchantId), eq(payments.id, paymentId)));
  return row ? ok(toPayment(row)) : fail('PAYMENT_NOT_FOUND');
}

/** Every attempt to pay an order, oldest first. */
export async function listPaymentsForOrder(ctx: Ctx, orderId: string): Promise<Payment[]> {
  const rows = await ctx.db
    .select()
    .from(payments)
    .where(and(eq(payments.merchantId, ctx.merchantId), eq(payments.orderId, orderId)))
    .orderBy(asc(payments.createdAt), asc(payments.id));
  return rows.map(toPayment);
}

export async function listRefunds(ctx: Ctx, paymentId: string): Promise<Refund[]> {
  const rows = await ctx.db
    .select()
    .from(paymentRefunds)
    .where(and(eq(paymentRefunds.merchantId, ctx.merchantId), eq(paymentRefunds.paymentId, paymentId)))
    .orderBy(asc(paymentRefunds.createdAt), asc(paymentRefunds.id));
  return rows.map(toRefund);
}
