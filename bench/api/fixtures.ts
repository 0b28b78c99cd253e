import { BENCH_OWNER_PASSWORD } from './server.ts';

export interface BenchFixtures {
  productId: string;
  skuIds: string[];
  checkoutSkuId: string;
  checkoutStock: number;
  ownerToken: string;
  shoppers: { token: string; addressId: string }[];
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
  return (res.status === 204 ? undefined : await res.json()) as T;
}

/** Signs the demo owner in, picks products, limits one SKU's stock and signs up one shopper per connection. */
export async function prepare(
  baseUrl: string,
  shopperCount: number,
  checkoutStock: number,
): Promise<BenchFixtures> {
  const owner = await call<{ token: string }>(baseUrl, 'POST', '/api/admin/auth/sign-in', {
    email: 'owner@demo.hexamall.dev',
    password: BENCH_OWNER_PASSWORD,
  });
  const list = await call<{ items: { id: string }[] }>(baseUrl, 'GET', '/api/store/products?limit=100');
  const skuIds: string[] = [];
  for (const p of list.items) {
    const detail = await call<{ skus: { id: string }[] }>(baseUrl, 'GET', `/api/store/products/${p.id}`);
    skuIds.push(...detail.skus.map((s) => s.id));
  }
  const productId = list.items[0]!.id;
  const checkoutSkuId = skuIds[0]!;
  await call(baseUrl, 'PUT', `/api/admin/inventory/${checkoutSkuId}`, { onHand: checkoutStock }, owner.token);
  const shoppers: BenchFixtures['shoppers'] = [];
  for (let i = 0; i < shopperCount; i += 1) {
    const signedUp = await call<{ token: string }>(baseUrl, 'POST', '/api/store/auth/sign-up', {
      email: `bench-${i}-${Date.now()}@example.com`,
      password: 'bench-shopper-password',
      displayName: `Bench ${i}`,
    });
    const address = await call<{ id: string }>(
      baseUrl,
      'POST',
      '/api/store/addresses',
      {
        recipient: 'Bench Shopper',
        phone: '13800138000',
        province: '广东省',
        city: '广州市',
        district: '天河区',
        line1: '体育西路 1 号',
      },
      signedUp.token,
    );
    shoppers.push({ token: signedUp.token, addressId: address.id });
  }
  return { productId, skuIds, checkoutSkuId, checkoutStock, ownerToken: owner.token, shoppers };
}

export async function stockOf(baseUrl: string, ownerToken: string, skuId: string) {
  const levels = await call<
    { items?: unknown[] } | { onHand: number; reserved: number; available: number }[]
  >(baseUrl, 'GET', `/api/admin/inventory?skuIds=${skuId}`, undefined, ownerToken);
  const list = Array.isArray(levels)
    ? levels
    : ((levels.items ?? []) as { onHand: number; reserved: number; available: number }[]);
  return list[0] as { onHand: number; reserved: number; available: number };
}
