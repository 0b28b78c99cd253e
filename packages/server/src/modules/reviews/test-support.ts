import { expect } from 'vitest';
import { createProduct } from '../catalog/index.ts';
import { setStock } from '../inventory/index.ts';
import { transitionOrder, type OrderDetailView } from '../orders/index.ts';
import { createTemplate } from '../shipping/index.ts';
import { systemCtx, unwrap } from '../../platform/index.ts';
import { addAddress, createMerchant, signUpShopper } from '../../testing/fixtures.ts';
import { bearer, json, type Harness } from '../../testing/harness.ts';

/** Test support for the review suites: a shop, shoppers with a name, and orders moved to a state. */
export interface ReviewShop {
  merchantId: string;
  handle: string;
  ownerToken: string;
}

export async function openReviewShop(h: Harness): Promise<ReviewShop> {
  const shop = await createMerchant(h);
  unwrap(
    await createTemplate(systemCtx(h.database.db, shop.merchantId, 'test', h.privacy), {
      name: 'Standard',
      currency: 'CNY',
      basis: 'weight',
      isDefault: true,
      rules: [{ regions: ['*'], firstUnit: 1000, firstFee: 800, additionalUnit: 1000, additionalFee: 200 }],
    }),
  );
  return shop;
}

let sequence = 0;

export async function productWithSku(h: Harness, shop: ReviewShop) {
  const ctx = systemCtx(h.database.db, shop.merchantId, 'test', h.privacy);
  sequence += 1;
  const product = unwrap(
    await createProduct(ctx, {
      status: 'active',
      texts: { en: { title: `Boot ${sequence}` } },
      skus: [
        {
          code: `RV-${sequence}`,
          listPrice: 10_000,
          currency: 'CNY',
          weightGrams: 800,
          specs: { size: '42' },
        },
      ],
    }),
  );
  const skuId = product.skus[0]!.id;
  unwrap(await setStock(ctx, skuId, 1_000));
  return { productId: product.id, skuId };
}

export interface NamedShopper {
  token: string;
  customerId: string;
  addressId: string;
}

/** A new shopper (signed up as the fixtures do) who then names themselves through the profile API. */
export async function shopperNamed(h: Harness, shop: ReviewShop, displayName: string): Promise<NamedShopper> {
  const { token, customerId } = await signUpShopper(h, shop.handle);
  const renamed = await h.app.inject({
    method: 'PATCH',
    url: '/api/store/me',
    headers: bearer(token),
    payload: { displayName },
  });
  expect(renamed.statusCode, renamed.body).toBe(200);
  return { token, customerId, addressId: await addAddress(h, token) };
}

/** Buys one unit of each SKU now and moves the order along the given actions (pay, ship, deliver...). */
export async function orderIn(
  h: Harness,
  shop: ReviewShop,
  shopper: NamedShopper,
  skuIds: string[],
  actions: ('pay' | 'ship' | 'deliver' | 'complete')[],
): Promise<OrderDetailView> {
  const res = await h.app.inject({
    method: 'POST',
    url: '/api/store/checkout',
    headers: { ...bearer(shopper.token), 'idempotency-key': `rv-${Date.now()}-${(sequence += 1)}` },
    payload: { addressId: shopper.addressId, items: skuIds.map((skuId) => ({ skuId, quantity: 1 })) },
  });
  expect(res.statusCode, res.body).toBe(201);
  const order = json<OrderDetailView>(res);
  const ctx = systemCtx(h.database.db, shop.merchantId, 'test', h.privacy);
  for (const action of actions) unwrap(await transitionOrder(ctx, order.id, action));
  return order;
}

export function review(h: Harness, shopper: NamedShopper, payload: Record<string, unknown>) {
  return h.app.inject({ method: 'POST', url: '/api/store/reviews', headers: bearer(shopper.token), payload });
}

export async function summaryOf(h: Harness, shop: ReviewShop, productId: string) {
  const res = await h.app.inject({
    method: 'GET',
    url: `/api/store/products/${productId}/reviews/summary`,
    headers: { 'x-hexamall-merchant': shop.handle },
  });
  expect(res.statusCode, res.body).toBe(200);
  return json<{ count: number; average: number; distribution: Record<string, number> }>(res);
}
