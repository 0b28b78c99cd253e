import { sql } from 'drizzle-orm';
import { newId, ok, type Ctx, type Result } from '../../../platform/index.ts';
import { scoreAttempt } from '../rules.ts';
import { riskAssessments } from '../schema.ts';
import { toRiskAssessment, type RiskAssessment } from '../views.ts';
import { readHistory } from './history.ts';
import { getRiskThresholds } from './settings.ts';

/** The delivery address as the order holds it; only its blind index is kept. */
export interface RiskAddress {
  province: string;
  city: string;
  district: string;
  line1: string;
  line2: string | null;
}

export interface AssessPaymentInput {
  orderId: string;
  customerId: string;
  amount: number;
  currency: string;
  discount: number;
  /** The client's X-Device-Id, if it sent one. */
  deviceId?: string | undefined;
  address?: RiskAddress | undefined;
  now: Date;
}

/**
 * Scores a payment attempt before any gateway is asked to charge it, and records its signals: the
 * decision is 'held' when the score reaches the merchant's hold threshold, else 'allowed'. The payment
 * is attached afterwards (linkAssessment), which also audits the signals kept.
 */
export async function assessPayment(ctx: Ctx, input: AssessPaymentInput): Promise<Result<RiskAssessment>> {
  const vault = ctx.privacy.vault;
  const deviceId = input.deviceId?.trim();
  const deviceIndex = deviceId ? vault.blindIndex('device', ctx.merchantId, deviceId) : null;
  const addressText = input.address ? addressKey(input.address) : '';
  const addressIndex = addressText ? vault.blindIndex('address', ctx.merchantId, addressText) : null;
  const signals = { ...input, deviceIndex, addressIndex };
  // Parallel attempts would each count the others as absent (a card tester's burst): one at a time per
  // account, device and address, until the transaction ends. Always in this order, so two never deadlock.
  for (const key of [input.customerId, deviceIndex, addressIndex]) {
    if (key)
      await ctx.db.execute(sql`select pg_advisory_xact_lock(hashtext(${`risk:${ctx.merchantId}:${key}`}))`);
  }
  const history = await readHistory(ctx, signals, input.now);
  const { score, reasons, hold } = scoreAttempt(history, await getRiskThresholds(ctx));
  const [row] = await ctx.db
    .insert(riskAssessments)
    .values({
      id: newId('rsk'),
      merchantId: ctx.merchantId,
      orderId: input.orderId,
      customerId: input.customerId,
      deviceIndex,
      addressIndex,
      amount: input.amount,
      currency: input.currency,
      discount: input.discount,
      score,
      reasons,
      decision: hold ? 'held' : 'allowed',
      decidedBy: 'system',
      decidedAt: input.now,
      createdAt: input.now,
    })
    .returning();
  if (!row) throw new Error('risk assessment insert returned no row');
  return ok(toRiskAssessment(row));
}

/**
 * One string per place: the street lines decide, the recipient does not (many accounts shipping to one
 * drop address under different names is the pattern). An erased order has no lines: no address signal.
 */
function addressKey(a: RiskAddress): string {
  if (a.line1.trim() === '') return '';
  return [a.province, a.city, a.district, a.line1, a.line2 ?? ''].map((p) => p.trim()).join('|');
}
