import { and, desc, eq, gt, isNotNull, ne, or, sql } from 'drizzle-orm';
import type { Ctx } from '../../../platform/index.ts';
import { medianOf, type AttemptHistory } from '../rules.ts';
import { riskAssessments as ra } from '../schema.ts';
import {
  COUNT_WINDOW_MS,
  MIN_ACCOUNT_PAID_ORDERS,
  MIN_MERCHANT_PAID_ORDERS,
  RULE_WINDOW_MS,
} from '../thresholds.ts';

/** The signals of the attempt being scored, as stored: indexes, never the values. */
export interface AttemptSignals {
  orderId: string;
  customerId: string;
  deviceIndex: string | null;
  addressIndex: string | null;
  amount: number;
  discount: number;
}

// How many paid orders a median looks at: enough to be stable, few enough to stay one index scan.
const MEDIAN_SAMPLE = 200;

/**
 * Counts earlier attempts that share the account, device or address, in one pass over the last week's
 * related rows. Abandoned attempts ('released') never reached a gateway and do not count.
 */
export async function readHistory(ctx: Ctx, s: AttemptSignals, now: Date): Promise<AttemptHistory> {
  // Raw SQL fragments get no column mapping, so times go in as ISO text with an explicit cast.
  const since = (rule: keyof typeof RULE_WINDOW_MS) =>
    sql`${new Date(now.getTime() - RULE_WINDOW_MS[rule]).toISOString()}::timestamptz`;
  // Blind indexes are never empty, so '' matches nothing: one query serves attempts without either.
  const device = s.deviceIndex ?? '';
  const address = s.addressIndex ?? '';
  const [counts] = await ctx.db
    .select({
      account: sql<number>`count(*) filter (
        where ${ra.customerId} = ${s.customerId} and ${ra.createdAt} > ${since('account_velocity')})`,
      device: sql<number>`count(*) filter (
        where ${ra.deviceIndex} = ${device} and ${ra.createdAt} > ${since('device_velocity')})`,
      address: sql<number>`count(*) filter (
        where ${ra.addressIndex} = ${address} and ${ra.createdAt} > ${since('address_velocity')})`,
      accountsOnDevice: sql<number>`count(distinct ${ra.customerId}) filter (
        where ${ra.deviceIndex} = ${device} and ${ra.customerId} <> ${s.customerId}
          and ${ra.createdAt} > ${since('shared_device')})`,
      discounted: sql<number>`count(distinct ${ra.orderId}) filter (
        where ${ra.discount} > 0 and ${ra.orderId} <> ${s.orderId}
          and (${ra.deviceIndex} = ${device} or ${ra.addressIndex} = ${address}))`,
    })
    .from(ra)
    .where(
      and(
        eq(ra.merchantId, ctx.merchantId),
        gt(ra.createdAt, new Date(now.getTime() - COUNT_WINDOW_MS)),
        ne(ra.decision, 'released'),
        or(eq(ra.customerId, s.customerId), eq(ra.deviceIndex, device), eq(ra.addressIndex, address)),
      ),
    );
  const n = (v: number | string | undefined) => Number(v ?? 0);
  return {
    accountAttempts: n(counts?.account) + 1,
    deviceAttempts: s.deviceIndex ? n(counts?.device) + 1 : null,
    addressAttempts: s.addressIndex ? n(counts?.address) + 1 : null,
    accountsOnDevice: s.deviceIndex ? n(counts?.accountsOnDevice) + 1 : null,
    discountedOrdersElsewhere:
      s.discount > 0 && (s.deviceIndex || s.addressIndex) ? n(counts?.discounted) : null,
    amount: s.amount,
    medianPaid: await medianPaid(ctx, s.customerId, now),
  };
}

/** The account's median paid order when it has enough of them, else the merchant's, else none. */
async function medianPaid(ctx: Ctx, customerId: string, now: Date): Promise<AttemptHistory['medianPaid']> {
  const since = new Date(now.getTime() - RULE_WINDOW_MS.amount_spike);
  const paid = (who?: string) =>
    ctx.db
      .select({ amount: ra.amount })
      .from(ra)
      .where(
        and(
          eq(ra.merchantId, ctx.merchantId),
          isNotNull(ra.paidAt),
          gt(ra.paidAt, since),
          who ? eq(ra.customerId, who) : undefined,
        ),
      )
      .orderBy(desc(ra.paidAt))
      .limit(MEDIAN_SAMPLE);
  const own = await paid(customerId);
  if (own.length >= MIN_ACCOUNT_PAID_ORDERS) {
    return { amount: medianOf(own.map((r) => r.amount)) ?? 0, basis: 'account' };
  }
  const shop = await paid();
  if (shop.length >= MIN_MERCHANT_PAID_ORDERS) {
    return { amount: medianOf(shop.map((r) => r.amount)) ?? 0, basis: 'merchant' };
  }
  return null;
}
