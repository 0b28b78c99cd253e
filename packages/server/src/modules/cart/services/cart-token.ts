import { createHash, randomBytes } from 'node:crypto';
import type { Ctx } from '../../../platform/index.ts';

/** 32 random bytes: unguessable, so possession of the token is what proves a guest owns a cart. */
export function newCartToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashCartToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** The guest's token from the request (x-cart-token); signed-in shoppers are found by customer id instead. */
export function guestTokenOf(ctx: Ctx): string | undefined {
  return ctx.actor.kind === 'guest' ? ctx.actor.cartToken : undefined;
}
