import { createHash } from 'node:crypto';
import type { Ctx } from '../../../platform/index.ts';

/**
 * A stable, non-reversible key for whoever searches (shopper or guest cart), so the logs can tie a session's
 * queries together without holding an id that names a person.
 */
export function actorKeyOf(ctx: Ctx): string | null {
  const raw =
    ctx.actor.kind === 'shopper'
      ? `shopper:${ctx.actor.customerId}`
      : ctx.actor.kind === 'guest' && ctx.actor.cartToken
        ? `cart:${ctx.actor.cartToken}`
        : undefined;
  if (!raw) return null;
  return keyOf(ctx.merchantId, raw);
}

/**
 * The key a shopper's searches are logged under. Pseudonymous, not anonymous: anyone holding the customer id
 * can compute it, so the log is still that person's data for export, erasure and retention.
 */
export function shopperActorKey(merchantId: string, customerId: string): string {
  return keyOf(merchantId, `shopper:${customerId}`);
}

const keyOf = (merchantId: string, raw: string) =>
  createHash('sha256').update(`${merchantId}|${raw}`).digest('base64url').slice(0, 22);
