/**
 * A realistic event history for the demo shop, sent through the storefront's events API: visits that
 * browse within a category and drift to a neighbouring one, add to cart now and then, at the hours people
 * shop (a lunchtime and an evening peak), on phones mostly. A few shoppers consent to personalisation and
 * browse signed in, so personalised requests have a profile to read.
 */

export interface Product {
  id: string;
  categoryId: string | null;
}

export interface History {
  products: Product[];
  shopperTokens: string[];
  events: number;
  sessions: number;
}

const HOUR_WEIGHTS = [1, 0.5, 0.3, 0.2, 0.2, 0.4, 1, 2, 3, 3, 3, 4, 6, 5, 3, 3, 3, 4, 5, 6, 7, 6, 4, 2];

/** A small seeded generator, so every run (and both databases) get the same history. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

async function call<T>(
  baseUrl: string,
  method: string,
  path: string,
  body?: unknown,
  token?: string,
): Promise<T> {
  const res = await fetch(baseUrl + path, {
    method,
    headers: {
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

export async function sendHistory(
  baseUrl: string,
  options: { sessions: number; shoppers: number },
): Promise<History> {
  const list = await call<{ items: { id: string; categoryId: string | null }[] }>(
    baseUrl,
    'GET',
    '/api/store/products?limit=100',
  );
  const products = list.items.map((p) => ({ id: p.id, categoryId: p.categoryId }));
  const byCategory = new Map<string | null, Product[]>();
  for (const p of products) byCategory.set(p.categoryId, [...(byCategory.get(p.categoryId) ?? []), p]);
  const rand = random(20261204);
  const pick = <T>(items: readonly T[]) => items[Math.floor(rand() * items.length)]!;
  const totalWeight = HOUR_WEIGHTS.reduce((a, b) => a + b, 0);
  const hourAgo = () => {
    let r = rand() * totalWeight;
    let hour = 0;
    while (r > HOUR_WEIGHTS[hour]!) r -= HOUR_WEIGHTS[hour++]!;
    return hour;
  };

  const shopperTokens: string[] = [];
  for (let i = 0; i < options.shoppers; i++) {
    const signedUp = await call<{ token: string }>(baseUrl, 'POST', '/api/store/auth/sign-up', {
      email: `recs-bench-${i}-${Date.now()}@example.com`,
      password: 'bench-shopper-password',
      displayName: `Recs ${i}`,
    });
    await call(
      baseUrl,
      'PUT',
      '/api/store/privacy/consents',
      {
        noticeVersion: '2026-12-01',
        method: 'settings',
        channel: 'app',
        changes: [{ purpose: 'personalisation', granted: true }],
      },
      signedUp.token,
    );
    shopperTokens.push(signedUp.token);
  }

  let events = 0;
  const now = Date.now();
  for (let s = 0; s < options.sessions; s++) {
    // Shop-local hour (UTC+8) within the last day, weighted to the peaks.
    const hour = hourAgo();
    const start = new Date(now - 23 * 3_600_000);
    start.setUTCHours((hour - 8 + 24) % 24, Math.floor(rand() * 60));
    if (start.getTime() > now) start.setTime(start.getTime() - 86_400_000);
    let product = pick(products);
    const length = 2 + Math.floor(rand() * 8);
    const batch: { type: string; productId: string; at: string; value?: number }[] = [];
    for (let step = 0; step < length; step++) {
      const at = new Date(start.getTime() + step * 40_000).toISOString();
      batch.push({ type: 'view', productId: product.id, at });
      if (rand() < 0.5)
        batch.push({ type: 'dwell', productId: product.id, at, value: 5_000 + Math.floor(rand() * 60_000) });
      if (rand() < 0.15) batch.push({ type: 'add_to_cart', productId: product.id, at });
      if (rand() < 0.05) batch.push({ type: 'favourite', productId: product.id, at });
      // Mostly stay in the category; sometimes wander.
      product = rand() < 0.7 ? pick(byCategory.get(product.categoryId) ?? products) : pick(products);
    }
    const token = s < options.shoppers * 5 ? shopperTokens[s % Math.max(1, options.shoppers)] : undefined;
    const device = rand() < 0.8 ? 'mobile' : rand() < 0.5 ? 'tablet' : 'desktop';
    await call(
      baseUrl,
      'POST',
      '/api/store/events',
      { sessionId: `bench_${s}_${now}`, device, events: batch.slice(0, 50) },
      token,
    );
    events += Math.min(batch.length, 50);
  }
  return { products, shopperTokens, events, sessions: options.sessions };
}
