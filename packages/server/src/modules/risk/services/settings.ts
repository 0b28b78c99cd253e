import { eq } from 'drizzle-orm';
import { Value } from 'typebox/value';
import type { Ctx } from '../../../platform/index.ts';
import { riskSettings } from '../schema.ts';
import { DEFAULT_RISK_THRESHOLDS, RiskThresholdsSchema, type RiskThresholds } from '../thresholds.ts';

/** The merchant's thresholds, or the defaults. */
export async function getRiskThresholds(ctx: Ctx): Promise<RiskThresholds> {
  const [row] = await ctx.db
    .select({ thresholds: riskSettings.thresholds })
    .from(riskSettings)
    .where(eq(riskSettings.merchantId, ctx.merchantId));
  // A row written by an older version with fewer rules falls back to the defaults rather than break scoring.
  return row && Value.Check(RiskThresholdsSchema, row.thresholds) ? row.thresholds : DEFAULT_RISK_THRESHOLDS;
}

/** Replaces the merchant's thresholds (the route validated them). */
export async function setRiskThresholds(ctx: Ctx, thresholds: RiskThresholds): Promise<RiskThresholds> {
  const updatedBy = ctx.actor.kind === 'staff' ? ctx.actor.staffId : 'system';
  const updatedAt = new Date();
  await ctx.db
    .insert(riskSettings)
    .values({ merchantId: ctx.merchantId, thresholds, updatedBy, updatedAt })
    .onConflictDoUpdate({ target: riskSettings.merchantId, set: { thresholds, updatedBy, updatedAt } });
  return thresholds;
}
