import { eq, gt, sql } from 'drizzle-orm';
import { withMerchant, type Ctx } from '../../../platform/index.ts';
import { recommendEvents, recommendModelRuns } from '../schema.ts';
import type { RecommendState } from './recommend-state.ts';

declare module '../../../platform/jobs/index.ts' {
  interface JobMap {
    /** Every RETRAIN_EVERY_MS: rebuilds the models of merchants with events since their last build. */
    'recommend.retrain': Record<string, never>;
    /** A merchant's catalogue changed: rebuild its model unless a build already ran since `requestedAt`. */
    'recommend.retrain_merchant': { requestedAt: string };
  }
}

export const RETRAIN_EVERY_MS = 15 * 60_000;

/** Merchants whose events moved past the watermark of their last build (or that were never built). */
async function merchantsWithNewEvents(ctx: Ctx): Promise<string[]> {
  const rows = await ctx.db
    .select({ merchantId: recommendEvents.merchantId })
    .from(recommendEvents)
    .leftJoin(recommendModelRuns, eq(recommendModelRuns.merchantId, recommendEvents.merchantId))
    .where(gt(recommendEvents.id, sql`coalesce(${recommendModelRuns.eventWatermark}, 0)`))
    .groupBy(recommendEvents.merchantId);
  return rows.map((r) => r.merchantId);
}

export async function retrainChangedMerchants(ctx: Ctx, state: RecommendState): Promise<number> {
  const merchants = await merchantsWithNewEvents(ctx);
  for (const merchantId of merchants) await state.retrain(withMerchant(ctx, merchantId));
  return merchants.length;
}

export async function retrainMerchantIfStale(ctx: Ctx, state: RecommendState, requestedAt: Date) {
  const [run] = await ctx.db
    .select({ trainedAt: recommendModelRuns.trainedAt })
    .from(recommendModelRuns)
    .where(eq(recommendModelRuns.merchantId, ctx.merchantId));
  if (run && run.trainedAt >= requestedAt) return;
  await state.retrain(ctx);
}
