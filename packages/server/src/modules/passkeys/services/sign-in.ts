import type { AuthenticationResponseJSON } from '@simplewebauthn/server';
import {
  fail,
  inTransaction,
  ok,
  ROLE_PERMISSIONS,
  unwrap,
  withMerchant,
  type Ctx,
  type Result,
} from '../../../platform/index.ts';
import { getCustomer, openCustomerSession, type CustomerView } from '../../customers/index.ts';
import {
  getMerchant,
  getStaff,
  openStaffSession,
  resolveStaff,
  type MerchantView,
  type StaffView,
} from '../../staff/index.ts';
import { verifyPasskey } from './authentication.ts';
import type { RelyingParty } from './registration.ts';

/** A shopper's passkey sign-in at ctx's merchant: the same answer as password sign-in. */
export async function signInShopperWithPasskey(
  ctx: Ctx,
  rp: RelyingParty,
  response: AuthenticationResponseJSON,
): Promise<Result<{ token: string; customer: CustomerView }>> {
  const verified = await verifyPasskey(ctx, rp, 'customer', response, ctx.merchantId);
  if (!verified.ok) return verified;
  const customerId = verified.value.ownerId;
  const asShopper: Ctx = { ...ctx, actor: { kind: 'shopper', customerId, sessionId: '' } };
  const customer = await getCustomer(asShopper, customerId);
  // The account was removed after the passkey was made (passkeys have no foreign key to it).
  if (!customer.ok) return fail('PASSKEY_NOT_RECOGNISED');
  // ctx still carries the guest's cart token, so the sign-in event merges the guest cart as usual.
  const token = await inTransaction(ctx, (tx) => openCustomerSession(tx, customerId));
  return ok({ token, customer: customer.value });
}

/** A staff member's passkey sign-in, at the merchant the challenge was issued for. */
export async function signInStaffWithPasskey(
  ctx: Ctx,
  rp: RelyingParty,
  response: AuthenticationResponseJSON,
): Promise<Result<{ token: string; staff: StaffView; merchant: MerchantView }>> {
  const verified = await verifyPasskey(ctx, rp, 'staff', response, undefined);
  if (!verified.ok) return verified;
  const atMerchant = withMerchant(ctx, verified.value.merchantId);
  const opened = await openStaffSession(atMerchant, verified.value.ownerId);
  // Disabled or frozen since the passkey was made: refused like any other unusable passkey.
  if (!opened.ok) return fail('PASSKEY_NOT_RECOGNISED');
  // From here the request acts as the staff member it just signed in, so they read their own profile.
  const session = await resolveStaff(ctx.db, opened.value.token);
  if (!session) return fail('PASSKEY_NOT_RECOGNISED');
  const { staffId, sessionId, role } = session;
  const permissions = new Set(ROLE_PERMISSIONS[role]);
  const asStaff: Ctx = { ...atMerchant, actor: { kind: 'staff', staffId, sessionId, role, permissions } };
  const staff = unwrap(await getStaff(asStaff, staffId));
  const merchant = unwrap(await getMerchant(asStaff));
  return ok({ token: opened.value.token, staff, merchant });
}
