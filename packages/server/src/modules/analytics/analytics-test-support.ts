import { expect } from 'vitest';
import { systemCtx, unwrap } from '../../platform/index.ts';
import { addAddress, createMerchant, signUpShopper } from '../../testing/fixtures.ts';
import { bearer, json, type Harness } from '../../testing/harness.ts';
import { createProduct } from '../catalog/index.ts';
import { setStock } from '../inventory/index.ts';
import { createTemplate } from '../shipping/index.ts';

// A shop that can take and be paid for orders, through the public APIs only (the workflow suites' own
// helpers live outside the modules and may not be imported here).

let sequence = 0;

export async function sellingShop(h: Harness) {
  const shop = await createMerchant(h);
  const ctx = systemCtx(h.database.db, shop.merchantId, 'test', h.privacy);
  unwrap(
    await createTemplate(ctx, {
      name: 'Standard',
      currency: 'CNY',
      basis: 'weight',
      isDefault: true,
      rules: [{ regions: ['*'], firstUnit: 1000, firstFee: 800, additionalUnit: 1000, additionalFee: 200 }],
    }),
  );
  sequence += 1;
  const product = unwrap(
    await createProduct(ctx, {
      status: 'active',
      texts: { en: { title: `Funnel item ${sequence}` } },
      skus: [
        {
          code: `FUN-${Date.now().toString(36)}-${sequence}`,
          listPrice: 5_000,
          currency: 'CNY',
          weightGrams: 300,
        },
      ],
    }),
  );
  const skuId = product.skus[0]!.id;
  unwrap(await setStock(ctx, skuId, 100));
  return { ...shop, productId: product.id, skuId };
}

export async function buyer(h: Harness, handle: string) {
  const { token, customerId } = await signUpShopper(h, handle);
  return { token, customerId, addressId: await addAddress(h, token) };
}

/** Puts one of the SKU in the cart and checks out; returns the order id. */
export async function orderOne(h: Harness, who: { token: string; addressId: string }, skuId: string) {
  const added = await h.app.inject({
    method: 'POST',
    url: '/api/store/cart/items',
    headers: bearer(who.token),
    payload: { skuId, quantity: 1 },
  });
  expect(added.statusCode, added.body).toBe(200);
  sequence += 1;
  const placed = await h.app.inject({
    method: 'POST',
    url: '/api/store/checkout',
    headers: { ...bearer(who.token), 'idempotency-key': `funnel-${Date.now()}-${sequence}` },
    payload: { addressId: who.addressId },
  });
  expect(placed.statusCode, placed.body).toBe(201);
  return json<{ id: string }>(placed).id;
}

/** Pays at the sandbox gateway and settles the webhook and events. */
export async function pay(h: Harness, who: { token: string }, orderId: string) {
  sequence += 1;
  const started = await h.app.inject({
    method: 'POST',
    url: `/api/store/orders/${orderId}/payments`,
    headers: { ...bearer(who.token), 'idempotency-key': `funnel-pay-${Date.now()}-${sequence}` },
    payload: { method: 'wechat_qr' },
  });
  expect(started.statusCode, started.body).toBe(201);
  const { payment } = json<{ payment: { providerRef: string } }>(started);
  const approved = await h.app.inject({
    method: 'POST',
    url: `/sandbox-gateway/payments/${payment.providerRef}/approve`,
    payload: {},
  });
  expect(approved.statusCode, approved.body).toBe(200);
  for (let round = 0; round < 5; round += 1) {
    const jobs = await h.app.runtime.jobs.runDue();
    const events = await h.app.runtime.events.drain();
    if (jobs === 0 && events === 0) return;
  }
}
