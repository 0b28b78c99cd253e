import { fail, ok, type Ctx, type Result } from '../../../platform/index.ts';
import { getCustomer } from '../../customers/index.ts';
import { getStaff } from '../../staff/index.ts';
import type { PasskeyOwnerKind } from '../schema.ts';

/** The signed-in account a passkey is registered to, as the authenticator will show it. */
export interface PasskeyOwner {
  kind: PasskeyOwnerKind;
  id: string;
  userName: string;
  displayName: string;
}

export async function currentOwner(ctx: Ctx): Promise<Result<PasskeyOwner>> {
  const actor = ctx.actor;
  if (actor.kind === 'shopper') {
    const customer = await getCustomer(ctx, actor.customerId);
    if (!customer.ok) return customer;
    const { id, email, displayName } = customer.value;
    return ok({ kind: 'customer', id, userName: email, displayName });
  }
  if (actor.kind === 'staff') {
    const member = await getStaff(ctx, actor.staffId);
    if (!member.ok) return member;
    const { id, email, displayName } = member.value;
    return ok({ kind: 'staff', id, userName: email, displayName });
  }
  return fail('UNAUTHENTICATED');
}

/** Which owner kind an actor registers and manages passkeys as; undefined for guests and jobs. */
export function ownerOf(ctx: Ctx): { kind: PasskeyOwnerKind; id: string } | undefined {
  if (ctx.actor.kind === 'shopper') return { kind: 'customer', id: ctx.actor.customerId };
  if (ctx.actor.kind === 'staff') return { kind: 'staff', id: ctx.actor.staffId };
  return undefined;
}
