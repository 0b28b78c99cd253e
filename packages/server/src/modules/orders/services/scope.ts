import { and, eq, type SQL } from 'drizzle-orm';
import type { Ctx } from '../../../platform/index.ts';
import { orders } from '../schema.ts';

/**
 * The orders the caller may see: the merchant's, narrowed to their own for a shopper. Every query in
 * this module goes through it, so a shopper asking for someone else's order finds nothing (404).
 */
export function orderScope(ctx: Ctx): SQL {
  const merchant = eq(orders.merchantId, ctx.merchantId);
  switch (ctx.actor.kind) {
    case 'shopper':
      return and(merchant, eq(orders.customerId, ctx.actor.customerId)) as SQL;
    case 'guest':
      // Guests own no orders; match nothing rather than everything.
      return and(merchant, eq(orders.customerId, '')) as SQL;
    default:
      return merchant;
  }
}

/** Who to record as having changed an order. */
export function actorOf(ctx: Ctx): { actorKind: Ctx['actor']['kind']; actorId: string | null } {
  const actor = ctx.actor;
  switch (actor.kind) {
    case 'shopper':
      return { actorKind: 'shopper', actorId: actor.customerId };
    case 'staff':
      return { actorKind: 'staff', actorId: actor.staffId };
    case 'system':
      return { actorKind: 'system', actorId: actor.reason.slice(0, 100) };
    case 'guest':
      return { actorKind: 'guest', actorId: null };
  }
}
