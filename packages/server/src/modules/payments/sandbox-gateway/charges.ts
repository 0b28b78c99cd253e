import { randomBytes } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import {
  enqueueJob,
  fail,
  inTransaction,
  newId,
  NO_PRIVACY,
  ok,
  systemCtx,
  type Ctx,
  type Db,
  type Result,
} from '../../../platform/index.ts';
import type { ChargeRequest } from '../providers/provider.ts';
import { sandboxCharges } from '../schema.ts';
import type { SandboxEvent } from './event.ts';

export type SandboxCharge = typeof sandboxCharges.$inferSelect;

/** What the gateway does with a pending charge when the shopper (or a test) acts on its page. */
export interface Settlement {
  action: 'approve' | 'decline' | 'timeout';
  reason?: string | null;
  /** Deliver the webhook twice, as real gateways sometimes do, to exercise idempotency. */
  duplicateWebhook?: boolean;
  cardToken?: string;
  instalments?: number;
}

export interface SettlementOutcome {
  providerRef: string;
  status: 'succeeded' | 'declined' | 'pending';
  returnUrl: string | null;
  webhooks: number;
}

export async function openSandboxCharge(ctx: Ctx, charge: ChargeRequest): Promise<string> {
  // Unguessable: the reference is the only key to the gateway's public pages.
  const providerRef = `sbx_${randomBytes(12).toString('hex')}`;
  await ctx.db.insert(sandboxCharges).values({
    providerRef,
    merchantId: ctx.merchantId,
    paymentId: charge.paymentId,
    amount: charge.amount,
    currency: charge.currency,
    method: charge.method,
    instalments: charge.instalments,
    returnUrl: charge.returnUrl,
  });
  return providerRef;
}

/**
 * The gateway's pages stand in for an outside system that knows charges by reference alone, so this
 * lookup has no merchant filter; everything after it works in the charge's merchant.
 */
export async function findSandboxCharge(db: Db, providerRef: string): Promise<SandboxCharge | undefined> {
  const [row] = await db.select().from(sandboxCharges).where(eq(sandboxCharges.providerRef, providerRef));
  return row;
}

export async function settleSandboxCharge(
  db: Db,
  providerRef: string,
  settlement: Settlement,
): Promise<Result<SettlementOutcome>> {
  const found = await findSandboxCharge(db, providerRef);
  if (!found) return fail('PAYMENT_NOT_FOUND');
  return inTransaction(systemCtx(db, found.merchantId, 'sandbox-gateway', NO_PRIVACY), async (tx) => {
    const [charge] = await tx.db
      .select()
      .from(sandboxCharges)
      .where(eq(sandboxCharges.providerRef, providerRef))
      .for('update');
    if (!charge || charge.status !== 'pending') return fail('SANDBOX_CHARGE_CLOSED');
    const base = { providerRef, returnUrl: charge.returnUrl };
    // A timeout is the bank not answering: the charge stays open and no webhook is sent.
    if (settlement.action === 'timeout') return ok({ ...base, status: 'pending' as const, webhooks: 0 });
    const status = settlement.action === 'approve' ? ('succeeded' as const) : ('declined' as const);
    const instalments = settlement.instalments ?? charge.instalments;
    await tx.db
      .update(sandboxCharges)
      .set({
        status,
        instalments,
        cardToken: settlement.cardToken ?? charge.cardToken,
        updatedAt: new Date(),
      })
      .where(eq(sandboxCharges.providerRef, providerRef));
    const event: SandboxEvent = {
      id: newId('evt'),
      type: status === 'succeeded' ? 'charge.succeeded' : 'charge.failed',
      created: Math.floor(Date.now() / 1000),
      data: {
        merchantId: charge.merchantId,
        providerRef,
        amount: charge.amount,
        currency: charge.currency,
        method: charge.method,
        instalments,
        reason: status === 'declined' ? (settlement.reason ?? 'declined_by_shopper') : null,
      },
    };
    const body = JSON.stringify(event);
    const webhooks = settlement.duplicateWebhook ? 2 : 1;
    for (let i = 0; i < webhooks; i += 1)
      await enqueueJob(tx, 'payments.sandbox_webhook', { body }, { maxAttempts: 8 });
    return ok({ ...base, status, webhooks });
  });
}

export async function refundSandboxCharge(
  ctx: Ctx,
  providerRef: string,
  amount: number,
): Promise<Result<string>> {
  const [updated] = await ctx.db
    .update(sandboxCharges)
    .set({ refundedAmount: sql`${sandboxCharges.refundedAmount} + ${amount}`, updatedAt: new Date() })
    .where(
      and(
        chargeOf(ctx, providerRef),
        eq(sandboxCharges.status, 'succeeded'),
        sql`${sandboxCharges.refundedAmount} + ${amount} <= ${sandboxCharges.amount}`,
      ),
    )
    .returning({ providerRef: sandboxCharges.providerRef });
  if (!updated) return fail('PAYMENT_PROVIDER_ERROR', 'the sandbox gateway refused the refund');
  return ok(`sbx_rf_${randomBytes(12).toString('hex')}`);
}

export async function closeSandboxCharge(ctx: Ctx, providerRef: string): Promise<void> {
  await ctx.db
    .update(sandboxCharges)
    .set({ status: 'closed', updatedAt: new Date() })
    .where(and(chargeOf(ctx, providerRef), eq(sandboxCharges.status, 'pending')));
}

function chargeOf(ctx: Ctx, providerRef: string) {
  return and(eq(sandboxCharges.providerRef, providerRef), eq(sandboxCharges.merchantId, ctx.merchantId));
}
