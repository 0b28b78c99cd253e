import type { Ctx } from '../../../platform/index.ts';
import { getOrderLines } from '../../orders/index.ts';
import { hasConsent } from '../../privacy/index.ts';
import { recommendEvents } from '../schema.ts';
import { deviceCode, eventCode } from './event-types.ts';

// Spec names that say which size was bought, in the languages merchants name them.
const SIZE_SPEC = /^(size|尺码|尺寸|码数|鞋码)$/i;

/**
 * Records a paid order's lines as purchases: the server's word, which the storefront cannot forge or
 * forget. The order's id is the session key, so its lines are "bought together". Joined to the shopper only
 * with their personalisation consent, asked of the database now (a job has no request consent).
 * Idempotent: a line already recorded is skipped (at-least-once delivery).
 */
export async function recordOrderPurchases(
  ctx: Ctx,
  order: { orderId: string; customerId: string; at: Date },
): Promise<number> {
  const found = await getOrderLines(ctx, order.orderId);
  if (!found.ok) return 0;
  const consented = await hasConsent(ctx, order.customerId, 'personalisation');
  const lines = new Map<string, { quantity: number; size: string | null }>();
  for (const item of found.value.items) {
    const size = Object.entries(item.specs).find(([name]) => SIZE_SPEC.test(name.trim()))?.[1] ?? null;
    const seen = lines.get(item.productId);
    lines.set(item.productId, {
      quantity: (seen?.quantity ?? 0) + item.quantity,
      size: seen?.size ?? (size ? size.slice(0, 32) : null),
    });
  }
  if (lines.size === 0) return 0;
  const inserted = await ctx.db
    .insert(recommendEvents)
    .values(
      [...lines].map(([productId, line]) => ({
        merchantId: ctx.merchantId,
        sessionKey: order.orderId,
        customerId: consented ? order.customerId : null,
        type: eventCode('purchase'),
        productId,
        value: line.quantity,
        device: deviceCode('unknown'),
        orderId: order.orderId,
        size: consented ? line.size : null,
        at: order.at,
      })),
    )
    .onConflictDoNothing()
    .returning({ id: recommendEvents.id });
  return inserted.length;
}
