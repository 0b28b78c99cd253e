import { expect } from 'vitest';
import { systemCtx, unwrap } from '../platform/index.ts';
import { createProduct } from '../modules/catalog/index.ts';
import { getStockLevels, setStock } from '../modules/inventory/index.ts';
import type { OrderDetailView } from '../modules/orders/index.ts';
import { createTemplate } from '../modules/shipping/index.ts';
import { addAddress, createMerchant, signUpShopper } from '../testing/fixtures.ts';
import { bearer, json, type Harness } from '../testing/harness.ts';

/** Test support for the workflow suites: a shop with a shipping template, products, shoppers. */
export interface Shop {
  merchantId: string;
  handle: string;
  ownerToken: string;
}

/** Every province: 8.00 for the first kilo, 2.00 per further kilo. */
export const FIRST_KILO_FEE = 800;

export async function openShop(h: Harness): Promise<Shop> {
  const shop = await createMerchant(h);
  unwrap(
    await createTemplate(systemCtx(h.database.db, shop.merchantId, 'test', h.privacy), {
      name: 'Standard',
      currency: 'CNY',
      basis: 'weight',
      isDefault: true,
      rules: [
        {
          regions: ['*'],
          firstUnit: 1000,
          firstFee: FIRST_KILO_FEE,
          additionalUnit: 1000,
          additionalFee: 200,
        },
      ],
    }),
  );
  return shop;
}

let skuSequence = 0;

/** An active product with one SKU of this price (300 g) and this much stock. */
export async function stockedSku(h: Harness, shop: Shop, price: number, stock: number) {
  const ctx = systemCtx(h.database.db, shop.merchantId, 'test', h.privacy);
  skuSequence += 1;
  const product = unwrap(
    await createProduct(ctx, {
      status: 'active',
      texts: { en: { title: `Item ${skuSequence}` } },
      skus: [
        {
          code: `SKU-${skuSequence}`,
          listPrice: price,
          currency: 'CNY',
          weightGrams: 300,
          specs: { size: 'L' },
        },
      ],
    }),
  );
  const skuId = product.skus[0]!.id;
  unwrap(await setStock(ctx, skuId, stock));
  return { productId: product.id, skuId };
}

export async function stockOf(h: Harness, shop: Shop, skuId: string) {
  const [level] = await getStockLevels(systemCtx(h.database.db, shop.merchantId, 'test', h.privacy), [skuId]);
  return level!;
}

export interface Shopper {
  token: string;
  customerId: string;
  addressId: string;
}

export async function newShopper(h: Harness, shop: Shop): Promise<Shopper> {
  const { token, customerId } = await signUpShopper(h, shop.handle);
  return { token, customerId, addressId: await addAddress(h, token) };
}

export async function addToCart(h: Harness, shopper: Shopper, skuId: string, quantity: number) {
  const res = await h.app.inject({
    method: 'POST',
    url: '/api/store/cart/items',
    headers: bearer(shopper.token),
    payload: { skuId, quantity },
  });
  expect(res.statusCode, res.body).toBe(200);
}

let keySequence = 0;
export const newKey = (prefix = 'key') => `${prefix}-${Date.now()}-${(keySequence += 1)}`;

/** `key: null` sends no Idempotency-Key. */
export function checkout(h: Harness, shopper: Shopper, key: string | null = newKey(), body: object = {}) {
  return h.app.inject({
    method: 'POST',
    url: '/api/store/checkout',
    headers: { ...bearer(shopper.token), ...(key === null ? {} : { 'idempotency-key': key }) },
    payload: { addressId: shopper.addressId, ...body },
  });
}

/** Fills the cart and checks out; returns the placed order. */
export async function placeOrder(h: Harness, shopper: Shopper, skuId: string, quantity: number) {
  await addToCart(h, shopper, skuId, quantity);
  const res = await checkout(h, shopper);
  expect(res.statusCode, res.body).toBe(201);
  return json<OrderDetailView>(res);
}

export async function readOrder(
  h: Harness,
  token: string,
  orderId: string,
  scope: 'store' | 'admin' = 'store',
) {
  const res = await h.app.inject({
    method: 'GET',
    url: `/api/${scope}/orders/${orderId}`,
    headers: bearer(token),
  });
  expect(res.statusCode, res.body).toBe(200);
  return json<OrderDetailView>(res);
}

/** Starts a payment and approves it at the sandbox gateway, then delivers the webhook and its event. */
export async function payThroughSandbox(h: Harness, shopper: Shopper, orderId: string) {
  const started = await h.app.inject({
    method: 'POST',
    url: `/api/store/orders/${orderId}/payments`,
    headers: { ...bearer(shopper.token), 'idempotency-key': newKey('pay') },
    payload: { method: 'wechat_qr' },
  });
  expect(started.statusCode, started.body).toBe(201);
  const { payment } = json<{ payment: { id: string; providerRef: string } }>(started);
  const approved = await h.app.inject({
    method: 'POST',
    url: `/sandbox-gateway/payments/${payment.providerRef}/approve`,
    payload: {},
  });
  expect(approved.statusCode, approved.body).toBe(200);
  await settleBackground(h);
  return payment;
}

/** Runs due jobs (webhook deliveries) and delivers the events they emit, until nothing is left. */
export async function settleBackground(h: Harness) {
  for (let round = 0; round < 5; round += 1) {
    const jobs = await h.app.runtime.jobs.runDue();
    const events = await h.app.runtime.events.drain();
    if (jobs === 0 && events === 0) return;
  }
}
