import { expect } from 'vitest';
import { bearer, json, type Harness } from '../../testing/harness.ts';
import type { Shop, Shopper } from '../test-shop.ts';

/** Test support for the coupon suites: templates through the admin API, and their counters. */
export interface CouponTemplate {
  id: string;
  code: string | null;
  remainingQuantity: number;
  redeemedCount: number;
  claimedCount: number;
  status: string;
}

const DAY = 24 * 60 * 60 * 1000;
let codeSequence = 0;
export const newCode = () => `SAVE${Date.now().toString(36).toUpperCase()}${(codeSequence += 1)}`;

/** A shared-code coupon valid from yesterday to tomorrow: 10.00 off, no threshold, unless overridden. */
export async function createCoupon(h: Harness, shop: Shop, overrides: Record<string, unknown> = {}) {
  const res = await h.app.inject({
    method: 'POST',
    url: '/api/admin/coupons',
    headers: bearer(shop.ownerToken),
    payload: {
      name: 'Ten off',
      kind: 'fixed',
      amountOff: 1000,
      currency: 'CNY',
      startsAt: new Date(Date.now() - DAY).toISOString(),
      endsAt: new Date(Date.now() + DAY).toISOString(),
      totalQuantity: 100,
      scope: 'all',
      distribution: 'code',
      code: newCode(),
      ...overrides,
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  return json<CouponTemplate>(res);
}

export async function couponState(h: Harness, shop: Shop, id: string) {
  const res = await h.app.inject({
    method: 'GET',
    url: `/api/admin/coupons/${id}`,
    headers: bearer(shop.ownerToken),
  });
  expect(res.statusCode, res.body).toBe(200);
  return json<CouponTemplate>(res);
}

export function claim(h: Harness, shopper: Shopper, templateId: string) {
  return h.app.inject({
    method: 'POST',
    url: `/api/store/coupons/${templateId}/claim`,
    headers: bearer(shopper.token),
    payload: {},
  });
}

export const DAYS = (n: number) => new Date(Date.now() + n * DAY).toISOString();
