import { and, asc, eq, gt, isNotNull } from 'drizzle-orm';
import type { Ctx } from '../../../platform/index.ts';
import { recommendEvents } from '../schema.ts';

/** The behaviour a build learns from: recent enough to reflect the shop today, bounded in size. */
export const HISTORY_DAYS = 180;
export const MAX_HISTORY_EVENTS = 500_000;

export interface HistoryEvent {
  id: number;
  sessionKey: string;
  customerId: string | null;
  type: number;
  productId: string;
  device: number;
  orderId: string | null;
  at: Date;
}

export async function loadHistory(ctx: Ctx, now: Date): Promise<HistoryEvent[]> {
  const since = new Date(now.getTime() - HISTORY_DAYS * 86_400_000);
  const rows = await ctx.db
    .select({
      id: recommendEvents.id,
      sessionKey: recommendEvents.sessionKey,
      customerId: recommendEvents.customerId,
      type: recommendEvents.type,
      productId: recommendEvents.productId,
      device: recommendEvents.device,
      orderId: recommendEvents.orderId,
      at: recommendEvents.at,
    })
    .from(recommendEvents)
    .where(
      and(
        eq(recommendEvents.merchantId, ctx.merchantId),
        gt(recommendEvents.at, since),
        isNotNull(recommendEvents.productId),
      ),
    )
    .orderBy(asc(recommendEvents.id))
    .limit(MAX_HISTORY_EVENTS);
  return rows as HistoryEvent[];
}
