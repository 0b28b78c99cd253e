import type { LightMyRequestResponse } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import { ERROR_CATALOGUE } from '../../src/platform/index.ts';
import { addAddress, createMerchant, signUpShopper } from '../../src/testing/fixtures.ts';
import { bearer, describeEachDatabase, json, type Harness } from '../../src/testing/harness.ts';
import { loadPayloads, sample } from './payloads.ts';
import { businessRowCounts } from './row-counts.ts';

const PAYLOADS = loadPayloads();
const MEGABYTE = 'x'.repeat(1024 * 1024);

function expectRefused(res: LightMyRequestResponse, what: string) {
  expect(res.statusCode, `${what}: ${res.body.slice(0, 200)}`).toBeGreaterThanOrEqual(400);
  expect(res.statusCode, what).toBeLessThan(500);
  expect(res.headers['content-type'], what).toContain('application/problem+json');
  const code = json<{ code: string }>(res).code;
  expect(Object.hasOwn(ERROR_CATALOGUE, code), `${what}: unknown code ${code}`).toBe(true);
}

describeEachDatabase('bad input', (h) => {
  let ownerToken = '';
  let shopper = '';
  let handle = '';
  let skuId = '';
  let productId = '';

  beforeAll(async () => {
    const merchant = await createMerchant(h());
    ownerToken = merchant.ownerToken;
    handle = merchant.handle;
    shopper = (await signUpShopper(h(), handle)).token;
    await addAddress(h(), shopper);
    const created = await h().app.inject({
      method: 'POST',
      url: '/api/admin/products',
      headers: bearer(ownerToken),
      payload: {
        status: 'active',
        texts: { en: { title: 'Trail shoe' } },
        skus: [{ code: 'TS-1', listPrice: 10000, currency: 'CNY' }],
      },
    });
    expect(created.statusCode).toBe(201);
    productId = json<{ id: string; skus: { id: string }[] }>(created).id;
    skuId = json<{ skus: { id: string }[] }>(created).skus[0]!.id;
  });

  const post = (harness: Harness, url: string, payload: unknown, headers: Record<string, string> = {}) =>
    harness.app.inject({ method: 'POST', url, payload: payload as object, headers });

  it('refuses structurally bad bodies on every kind of write, changing nothing', async () => {
    const before = await businessRowCounts(h());
    const cases: [string, string, unknown, Record<string, string>][] = [
      ['unknown field', '/api/store/cart/items', { skuId, quantity: 1, price: 1 }, {}],
      ['wrong type', '/api/store/cart/items', { skuId, quantity: '1' }, {}],
      ['negative quantity', '/api/store/cart/items', { skuId, quantity: -1 }, {}],
      ['zero quantity', '/api/store/cart/items', { skuId, quantity: 0 }, {}],
      ['huge quantity', '/api/store/cart/items', { skuId, quantity: 1e12 }, {}],
      ['fractional quantity', '/api/store/cart/items', { skuId, quantity: 1.5 }, {}],
      ['1 MB string', '/api/store/cart/items', { skuId: MEGABYTE, quantity: 1 }, {}],
      ['array body', '/api/store/cart/items', [{ skuId, quantity: 1 }], {}],
      ['null body', '/api/store/checkout', null, { ...bearer(shopper), 'idempotency-key': 'k-00000001' }],
      [
        'negative price',
        '/api/admin/products',
        { texts: { en: { title: 'x' } }, skus: [{ code: 'N-1', listPrice: -100, currency: 'CNY' }] },
        bearer(ownerToken),
      ],
      [
        'huge price',
        '/api/admin/products',
        { texts: { en: { title: 'x' } }, skus: [{ code: 'N-2', listPrice: 1e20, currency: 'CNY' }] },
        bearer(ownerToken),
      ],
      [
        'price as string',
        '/api/admin/products',
        { texts: { en: { title: 'x' } }, skus: [{ code: 'N-3', listPrice: '100', currency: 'CNY' }] },
        bearer(ownerToken),
      ],
      [
        'unknown currency',
        '/api/admin/products',
        { texts: { en: { title: 'x' } }, skus: [{ code: 'N-4', listPrice: 100, currency: 'XXX' }] },
        bearer(ownerToken),
      ],
      [
        '1 MB title',
        '/api/admin/products',
        { texts: { en: { title: MEGABYTE } }, skus: [{ code: 'N-5', listPrice: 100, currency: 'CNY' }] },
        bearer(ownerToken),
      ],
      [
        'unknown field on sign-up',
        '/api/store/auth/sign-up',
        { email: 'a@b.cn', password: 'x'.repeat(12), displayName: 'a', admin: true },
        {},
      ],
    ];
    for (const [what, url, payload, headers] of cases)
      expectRefused(await post(h(), url, payload, headers), what);
    const malformed = await h().app.inject({
      method: 'POST',
      url: '/api/store/cart/items',
      payload: '{"skuId":',
      headers: { 'content-type': 'application/json' },
    });
    expectRefused(malformed, 'malformed JSON');
    expect(await businessRowCounts(h())).toEqual(before);
  });

  // Each payload goes where the schema expects an id, an email, a number or an enum: all must be refused
  // before any database write. Sent in batches, as a client flood would be.
  const attackCases: [string, (payload: string) => Promise<LightMyRequestResponse>][] = [
    ['quantity', (p) => post(h(), '/api/store/cart/items', { skuId, quantity: p })],
    [
      'email',
      (p) =>
        post(h(), '/api/store/auth/sign-up', { email: p, password: 'long-enough-pw-1', displayName: 'n' }),
    ],
    [
      'payment method',
      (p) =>
        post(
          h(),
          '/api/store/orders/ord_x/payments',
          { method: p },
          { ...bearer(shopper), 'idempotency-key': 'k-00000002' },
        ),
    ],
    ['skuId', (p) => post(h(), '/api/store/cart/items', { skuId: p, quantity: 1 })],
    [
      'addressId',
      (p) =>
        post(
          h(),
          '/api/store/checkout',
          { addressId: p },
          { ...bearer(shopper), 'idempotency-key': 'k-00000003' },
        ),
    ],
    [
      'product id',
      (p) => h().app.inject({ method: 'GET', url: `/api/store/products/${encodeURIComponent(p)}` }),
    ],
    [
      'cursor',
      (p) => h().app.inject({ method: 'GET', url: `/api/store/products?cursor=${encodeURIComponent(p)}` }),
    ],
    [
      'merchant header',
      (p) =>
        h().app.inject({
          method: 'GET',
          url: '/api/store/products',
          headers: { 'x-hexamall-merchant': p.replace(/[^\x20-\x7e]/g, '?') },
        }),
    ],
  ];

  it.each(attackCases)(
    'refuses every attack payload as a %s, changing nothing',
    async (what, send) => {
      const before = await businessRowCounts(h());
      for (let i = 0; i < PAYLOADS.length; i += 50) {
        const batch = PAYLOADS.slice(i, i + 50);
        const responses = await Promise.all(batch.map(send));
        responses.forEach((res, j) => expectRefused(res, `${what} ${batch[j]}`));
      }
      expect(await businessRowCounts(h())).toEqual(before);
    },
    300_000,
  );

  it('stores attack payloads in free text verbatim, as data, without touching anything else', async () => {
    const before = await businessRowCounts(h());
    const titles = sample(PAYLOADS, 150);
    for (const [i, title] of titles.entries()) {
      const res = await h().app.inject({
        method: 'PATCH',
        url: `/api/admin/products/${productId}`,
        headers: bearer(ownerToken),
        payload: { texts: { en: { title: title.slice(0, 200) } } },
      });
      if (res.statusCode === 200) {
        expect(json<{ texts: { en: { title: string } } }>(res).texts.en.title, `title #${i}`).toBe(
          title.slice(0, 200),
        );
      } else {
        expectRefused(res, `title ${title}`);
      }
    }
    const after = await businessRowCounts(h());
    // Only the product's own change events may have been added.
    expect({ ...after, outbox_events: 0 }).toEqual({ ...before, outbox_events: 0 });
  });
});
