import { expect } from 'vitest';
import { systemCtx, unwrap, withMerchant, type StaffRole } from '../platform/index.ts';
import { createMerchant as createMerchantRow, createStaff, getMerchant } from '../modules/staff/index.ts';
import { json, bearer, type Harness } from './harness.ts';

/** Every fixture account uses this password; tests that sign in by hand can use it too. */
export const FIXTURE_PASSWORD = 'correct-horse-battery';

let sequence = 0;
const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${(sequence += 1)}`;

/**
 * Creates a merchant with an owner and signs the owner in through the admin API. The first merchant a
 * harness creates is the default one (what the store serves without an x-hexamall-merchant header).
 */
export async function createMerchant(
  h: Harness,
  opts: { handle?: string; currency?: 'CNY' | 'USD' } = {},
): Promise<{ merchantId: string; handle: string; ownerToken: string }> {
  const handle = opts.handle ?? unique('shop');
  const system = systemCtx(h.database.db, '', 'test fixture', h.privacy);
  const merchant = unwrap(
    await createMerchantRow(system, { handle, name: `Shop ${handle}`, currency: opts.currency ?? 'CNY' }),
  );
  const email = `owner@${handle}.test`;
  unwrap(
    await createStaff(withMerchant(system, merchant.id), {
      email,
      displayName: 'Owner',
      role: 'owner',
      password: FIXTURE_PASSWORD,
    }),
  );
  const ownerToken = await signInStaff(h, handle, email);
  return { merchantId: merchant.id, handle, ownerToken };
}

/** Creates a staff member with this role at the merchant and signs them in through the admin API. */
export async function staffToken(h: Harness, merchantId: string, role: StaffRole): Promise<string> {
  const email = `${unique(role.replace('_', '-'))}@staff.test`;
  const ctx = systemCtx(h.database.db, merchantId, 'test fixture', h.privacy);
  unwrap(await createStaff(ctx, { email, displayName: role, role, password: FIXTURE_PASSWORD }));
  const handle = await handleOf(h, merchantId);
  return signInStaff(h, handle, email);
}

/** Signs a new shopper up at the merchant with this handle through the store API. */
export async function signUpShopper(
  h: Harness,
  handle: string,
): Promise<{ token: string; customerId: string; email: string }> {
  const email = `${unique('shopper')}@example.com`;
  const res = await h.app.inject({
    method: 'POST',
    url: '/api/store/auth/sign-up',
    headers: { 'x-hexamall-merchant': handle },
    payload: {
      email,
      password: FIXTURE_PASSWORD,
      displayName: 'Shopper',
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  const body = json<{ token: string; customer: { id: string } }>(res);
  return { token: body.token, customerId: body.customer.id, email };
}

/** Adds an address to the signed-in shopper's book through the store API; returns its id. */
export async function addAddress(h: Harness, token: string): Promise<string> {
  const res = await h.app.inject({
    method: 'POST',
    url: '/api/store/addresses',
    headers: bearer(token),
    payload: {
      recipient: 'Li Lei',
      phone: '13812341234',
      province: 'Zhejiang',
      city: 'Hangzhou',
      district: 'Xihu',
      line1: '1 Wensan Road',
      postalCode: '310000',
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  return json<{ id: string }>(res).id;
}

async function signInStaff(h: Harness, handle: string, email: string): Promise<string> {
  const res = await h.app.inject({
    method: 'POST',
    url: '/api/admin/auth/sign-in',
    payload: { merchant: handle, email, password: FIXTURE_PASSWORD },
  });
  expect(res.statusCode, res.body).toBe(200);
  return json<{ token: string }>(res).token;
}

async function handleOf(h: Harness, merchantId: string): Promise<string> {
  return unwrap(await getMerchant(systemCtx(h.database.db, merchantId, 'test fixture', h.privacy))).handle;
}
