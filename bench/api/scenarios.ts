import autocannon from 'autocannon';
import type { BenchFixtures } from './fixtures.ts';

export interface ScenarioResult {
  scenario: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
  /** Only for checkout: orders created per second and in all. */
  ordersPerSecond?: number;
  orders?: number;
}

export interface LoadOptions {
  durationSeconds: number;
  connections: number;
}

function summarise(scenario: string, result: autocannon.Result): ScenarioResult {
  return {
    scenario,
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

export async function productList(baseUrl: string, load: LoadOptions): Promise<ScenarioResult> {
  const result = await autocannon({
    url: `${baseUrl}/api/store/products?limit=20`,
    connections: load.connections,
    duration: load.durationSeconds,
  });
  return summarise('product list', result);
}

export async function productDetail(
  baseUrl: string,
  f: BenchFixtures,
  load: LoadOptions,
): Promise<ScenarioResult> {
  const result = await autocannon({
    url: `${baseUrl}/api/store/products/${f.productId}`,
    connections: load.connections,
    duration: load.durationSeconds,
  });
  return summarise('product detail', result);
}

/** A guest's first add: creates a cart and prices it, across every SKU of the catalogue in turn. */
export async function addToCart(
  baseUrl: string,
  f: BenchFixtures,
  load: LoadOptions,
): Promise<ScenarioResult> {
  let n = 0;
  const result = await autocannon({
    url: baseUrl,
    connections: load.connections,
    duration: load.durationSeconds,
    requests: [
      {
        method: 'POST',
        path: '/api/store/cart/items',
        headers: { 'content-type': 'application/json' },
        setupRequest: (req) => {
          n += 1;
          return { ...req, body: JSON.stringify({ skuId: f.skuIds[n % f.skuIds.length], quantity: 1 }) };
        },
      },
    ],
  });
  return summarise('add to cart', result);
}

/**
 * autocannon's request list for "buy now" checkouts of the contested SKU: each connection is bound to one
 * signed-in shopper on its first request; every checkout carries a fresh Idempotency-Key.
 */
export function checkoutRequests(f: BenchFixtures, keyPrefix: string): autocannon.Request[] {
  let nextShopper = 0;
  let key = 0;
  type Context = { shopper?: { token: string; addressId: string } };
  return [
    {
      method: 'POST',
      path: '/api/store/checkout',
      // autocannon keeps one context object per connection: bind a shopper to it on its first request.
      setupRequest: (req, raw) => {
        const context = raw as Context;
        context.shopper ??= f.shoppers[nextShopper++ % f.shoppers.length]!;
        key += 1;
        return {
          ...req,
          headers: {
            ...req.headers,
            authorization: `Bearer ${context.shopper.token}`,
            'content-type': 'application/json',
            'idempotency-key': `${keyPrefix}-${process.pid}-${key}`,
          },
          body: JSON.stringify({
            addressId: context.shopper.addressId,
            items: [{ skuId: f.checkoutSkuId, quantity: 1 }],
          }),
        };
      },
    },
  ];
}

/**
 * Each connection is one signed-in shopper placing "buy now" orders for the contested SKU, again and
 * again, until its stock runs out; every checkout carries a fresh Idempotency-Key.
 */
export async function checkout(
  baseUrl: string,
  f: BenchFixtures,
  load: LoadOptions,
): Promise<ScenarioResult> {
  const result = await autocannon({
    url: baseUrl,
    connections: Math.min(load.connections, f.shoppers.length),
    duration: load.durationSeconds,
    requests: checkoutRequests(f, 'bench'),
  });
  return summarise('checkout (buy now)', result);
}
