import type { PublicKeyCredentialCreationOptionsJSON } from '@simplewebauthn/server';
import { expect } from 'vitest';
import type { StaffRole } from '../../src/platform/index.ts';
import { createMerchant, FIXTURE_PASSWORD } from '../../src/testing/fixtures.ts';
import { bearer, json, type Harness } from '../../src/testing/harness.ts';
import {
  newKey,
  payThroughSandbox,
  placeOrder,
  settleBackground,
  type Shopper,
} from '../../src/workflows/test-shop.ts';
import { marketingResources } from './world-marketing.ts';
import { OMIT, type KnownValue, type Operation, type Part, type Segment } from './openapi.ts';

/**
 * One merchant with one of everything the APIs name by id, made through the APIs themselves: the known-good
 * values the security suites put in the fields they are not attacking.
 */
export interface World {
  merchantId: string;
  handle: string;
  ownerEmail: string;
  ownerToken: string;
  shopper: Shopper & { email: string };
  ids: Record<Resource, string>;
  /** Orders in the state each order route needs. */
  orders: Record<OrderUse, string>;
  /** Text only this world's objects hold (names, titles, emails): never in another merchant's or shopper's answers. */
  secrets: string[];
}

export type Resource =
  | 'product'
  | 'sku'
  | 'category'
  | 'brand'
  | 'attribute'
  | 'template'
  | 'shipment'
  | 'order'
  | 'payment'
  | 'address'
  | 'cartItem'
  | 'staff'
  | 'customer'
  | 'dictionaryKind'
  | 'dictionaryKey'
  | 'searchQuery'
  | 'passkey'
  | 'staffPasskey'
  | 'privacyRequest'
  | 'alert'
  | 'riskAssessment'
  | 'productImport'
  | 'coupon'
  | 'claimedCoupon'
  | 'review'
  | 'orderItem';

export type OrderUse = 'unpaid' | 'toShip' | 'toRefund' | 'toRequestRefund' | 'refundRequested' | 'delivered';

/** Which route uses which order (the first match wins); others get the unpaid one. */
const ORDER_FOR_ROUTE: [RegExp, OrderUse][] = [
  [/^POST \/api\/store\/orders\/\{id\}\/refund-request$/, 'toRequestRefund'],
  [/^POST \/api\/store\/orders\/\{id\}\/confirm-receipt$/, 'delivered'],
  [/^POST \/api\/admin\/orders\/\{id\}\/refund-request\/reject$/, 'refundRequested'],
  [/^POST \/api\/admin\/orders\/\{id\}\/ship$/, 'toShip'],
  [/^POST \/api\/admin\/orders\/\{id\}\/refund$/, 'toRefund'],
];

/** A path parameter names the resource of the path segment before it (/products/{id}: a product). */
const RESOURCE_OF_SEGMENT: Record<string, Resource> = {
  products: 'product',
  skus: 'sku',
  inventory: 'sku',
  categories: 'category',
  brands: 'brand',
  attributes: 'attribute',
  templates: 'template',
  shipments: 'shipment',
  orders: 'order',
  payments: 'payment',
  addresses: 'address',
  items: 'cartItem',
  staff: 'staff',
  customers: 'customer',
  dictionaries: 'dictionaryKind',
  '{kind}': 'dictionaryKey',
  passkeys: 'passkey',
  requests: 'privacyRequest',
  alerts: 'alert',
  assessments: 'riskAssessment',
  imports: 'productImport',
  favourites: 'product',
  follows: 'customer',
  creators: 'customer',
  coupons: 'coupon',
  reviews: 'review',
};

/** Fields named like these hold these resources' ids wherever they are. */
const RESOURCE_OF_NAME: Record<string, Resource> = {
  skuId: 'sku',
  skuIds: 'sku',
  productId: 'product',
  paymentId: 'payment',
  categoryId: 'category',
  category: 'category',
  parentId: 'category',
  brandId: 'brand',
  brand: 'brand',
  addressId: 'address',
  templateId: 'template',
  shippingTemplateId: 'template',
  orderId: 'order',
  customerId: 'customer',
  queryId: 'searchQuery',
  couponId: 'claimedCoupon',
  orderItemId: 'orderItem',
};

/** The resource a path parameter of this route names; undefined when the route table has no rule for it. */
export function resourceOfPathParam(url: string, name: string): Resource | undefined {
  if (RESOURCE_OF_NAME[name]) return RESOURCE_OF_NAME[name];
  const segments = url.split('/');
  const at = segments.indexOf(`{${name}}`);
  const resource = at > 0 ? RESOURCE_OF_SEGMENT[segments[at - 1]!] : undefined;
  return resource === 'passkey' && url.startsWith('/api/admin/') ? 'staffPasskey' : resource;
}

/** The resource a body or query field of this name holds, wherever it is. */
export function resourceOfField(name: string): Resource | undefined {
  return RESOURCE_OF_NAME[name];
}

let sequence = 0;
const unique = (prefix: string) => `${prefix}${Date.now().toString(36)}${(sequence += 1)}`;

async function call(
  h: Harness,
  token: string,
  method: 'GET' | 'POST' | 'PUT' | 'PATCH',
  url: string,
  payload?: object,
  expected = [200, 201, 204],
) {
  const res = await h.app.inject({
    method,
    url,
    headers: { ...bearer(token), 'idempotency-key': newKey('world') },
    ...(payload ? { payload } : {}),
  });
  expect(expected, `${method} ${url}: ${res.body}`).toContain(res.statusCode);
  return res.body ? json<Record<string, unknown>>(res) : {};
}

/** Creates a merchant and its objects. */
export async function buildWorld(h: Harness): Promise<World> {
  const merchant = await createMerchant(h);
  const admin = (method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, payload?: object) =>
    call(h, merchant.ownerToken, method, `/api/admin${url}`, payload);
  const label = unique('w');

  const template = await admin('POST', '/shipping/templates', {
    name: `Standard ${label}`,
    currency: 'CNY',
    basis: 'weight',
    isDefault: true,
    rules: [{ regions: ['*'], firstUnit: 1000, firstFee: 800, additionalUnit: 1000, additionalFee: 200 }],
  });
  const category = await admin('POST', '/categories', { name: { en: `Shoes ${label}`, 'zh-CN': '鞋' } });
  const brand = await admin('POST', '/brands', { name: { en: `Acme ${label}` } });
  await admin('PUT', '/attributes/colour', { type: 'text', label: { en: 'Colour' } });
  const product = await admin('POST', '/products', {
    status: 'active',
    texts: { en: { title: `Trail shoe ${label}` } },
    categoryId: category.id,
    brandId: brand.id,
    attributes: { colour: 'red' },
    skus: [{ code: unique('TS-'), listPrice: 10000, currency: 'CNY', weightGrams: 300 }],
  });
  const skuId = (product.skus as { id: string }[])[0]!.id;
  await admin('PUT', `/inventory/${skuId}`, { onHand: 1_000_000 });
  const victimEmail = `${unique('victim')}@staff.test`;
  const staff = await admin('POST', '/staff', {
    email: victimEmail,
    displayName: 'Victim',
    role: 'analyst',
    password: FIXTURE_PASSWORD,
  });
  await admin('PUT', '/search/dictionaries/synonyms/trail-shoe', {
    entry: { terms: ['trail shoe', 'runner'] },
  });

  const email = `${unique('shopper')}@example.com`;
  const signUp = await h.app.inject({
    method: 'POST',
    url: '/api/store/auth/sign-up',
    headers: { 'x-hexamall-merchant': merchant.handle },
    payload: { email, password: FIXTURE_PASSWORD, displayName: 'Shopper' },
  });
  expect(signUp.statusCode, signUp.body).toBe(201);
  const { token, customer } = json<{ token: string; customer: { id: string } }>(signUp);
  const address = await call(h, token, 'POST', '/api/store/addresses', {
    recipient: 'Li Lei',
    phone: '13812341234',
    province: 'Zhejiang',
    city: 'Hangzhou',
    district: 'Xihu',
    line1: '1 Wensan Road',
    postalCode: '310000',
  });
  const shopper = { token, customerId: customer.id, addressId: String(address.id), email };

  // The world's one shopper pays many orders within the hour: more than the risk rules let through.
  const risk = await admin('GET', '/risk/settings');
  const rules = risk.rules as Record<string, { limit: number; points: number }>;
  const accountLimit = (limit: number) =>
    admin('PUT', '/risk/settings', { ...risk, rules: { ...rules, account_velocity: { limit, points: 60 } } });
  await accountLimit(100_000);

  const order = () => placeOrder(h, shopper, skuId, 1);
  const paidOrder = async () => {
    const placed = await order();
    const payment = await payThroughSandbox(h, shopper, placed.id);
    return { orderId: placed.id, paymentId: payment.id };
  };
  const ship = (orderId: string) =>
    admin('POST', `/orders/${orderId}/ship`, { carrier: 'SF', trackingNumber: unique('SF') });

  const unpaid = (await order()).id;
  const toShip = await paidOrder();
  const toRefund = (await paidOrder()).orderId;
  const toRequestRefund = (await paidOrder()).orderId;
  const refundRequested = (await paidOrder()).orderId;
  await call(h, token, 'POST', `/api/store/orders/${refundRequested}/refund-request`, {
    reason: 'Too small',
  });
  const delivered = (await paidOrder()).orderId;
  await ship(delivered);
  const shipped = (await paidOrder()).orderId;
  await ship(shipped);
  const shipmentOf = async (orderId: string) =>
    String((((await admin('GET', `/shipments?orderId=${orderId}`)).items as { id: string }[])[0] ?? {}).id);
  await admin('POST', `/shipments/${await shipmentOf(delivered)}/events`, {
    occurredAt: new Date().toISOString(),
    status: 'delivered',
    description: 'Signed for',
  });
  await settleBackground(h);

  // One payment held for review, on an order of its own.
  await accountLimit(1);
  const heldOrder = (await order()).id;
  await call(h, token, 'POST', `/api/store/orders/${heldOrder}/payments`, { method: 'wechat_qr' });
  const held = (await admin('GET', '/risk/assessments?view=held')).items as { id: string }[];
  await accountLimit(100_000);

  const cart = await call(h, token, 'POST', '/api/store/cart/items', { skuId, quantity: 1 });
  const passkey = await registerPasskey(h, 'store', token);
  const staffPasskey = await registerPasskey(h, 'admin', merchant.ownerToken);
  const privacyRequest = await openPrivacyRequest(h, token);
  const alert = await raiseAccessAlert(h, merchant.merchantId, String(staff.id));
  const search = await call(h, token, 'GET', '/api/store/search?q=trail');
  const productImport = await uploadImport(h, merchant.ownerToken, label);
  const marketing = await marketingResources(h, merchant.ownerToken, token, delivered);

  return {
    merchantId: merchant.merchantId,
    handle: merchant.handle,
    ownerEmail: `owner@${merchant.handle}.test`,
    ownerToken: merchant.ownerToken,
    shopper,
    ids: {
      product: String(product.id),
      sku: skuId,
      category: String(category.id),
      brand: String(brand.id),
      attribute: 'colour',
      template: String(template.id),
      shipment: await shipmentOf(shipped),
      order: unpaid,
      payment: toShip.paymentId,
      address: shopper.addressId,
      cartItem: String((cart.lines as { id: string }[])[0]!.id),
      staff: String(staff.id),
      customer: shopper.customerId,
      dictionaryKind: 'synonyms',
      dictionaryKey: 'trail-shoe',
      searchQuery: String(search.queryId),
      passkey,
      staffPasskey,
      privacyRequest,
      alert,
      riskAssessment: String(held[0]?.id),
      productImport,
      coupon: marketing.coupon,
      claimedCoupon: marketing.claimedCoupon,
      review: marketing.review,
      orderItem: marketing.reviewedItem,
    },
    orders: { unpaid, toShip: toShip.orderId, toRefund, toRequestRefund, refundRequested, delivered },
    secrets: [label, email, shopper.customerId, victimEmail],
  };
}

/** A product import (a one-line JSONL file), through the API; a made-up id where the app has no import routes. */
async function uploadImport(h: Harness, token: string, label: string): Promise<string> {
  if (!h.app.hasRoute({ method: 'POST', url: '/api/admin/imports' })) return `imp_${'0'.repeat(26)}`;
  const res = await h.app.inject({
    method: 'POST',
    url: '/api/admin/imports',
    headers: { ...bearer(token), 'content-type': 'application/x-ndjson' },
    payload: JSON.stringify({
      handle: `imported-${label}`,
      title: { en: `Imported ${label}` },
      skus: [{ code: unique('IMP-'), listPrice: 100, currency: 'CNY' }],
    }),
  });
  expect(res.statusCode, `POST /api/admin/imports: ${res.body}`).toBe(202);
  return String(json<{ id: string }>(res).id);
}

/**
 * A passkey on a software authenticator for the token's shopper or staff member, through the API; a
 * made-up id where the app has no passkey routes.
 */
async function registerPasskey(h: Harness, scope: 'store' | 'admin', token: string): Promise<string> {
  const url = `/api/${scope}/passkeys/registration/options`;
  if (!h.app.hasRoute({ method: 'POST', url })) return `pkey_${'0'.repeat(26)}`;
  const { SoftwareAuthenticator } =
    await import('../../src/modules/passkeys/testing/software-authenticator.ts');
  const origin = h.app.runtime.config.webauthn.origins[0]!;
  const options = await call(h, token, 'POST', url, {});
  const response = new SoftwareAuthenticator(origin).register(
    options as unknown as PublicKeyCredentialCreationOptionsJSON,
  );
  const created = await call(h, token, 'POST', `/api/${scope}/passkeys/registration/verify`, {
    response,
    label: 'Security suite phone',
  });
  return String(created.id);
}

/** The shopper asks for their data (a privacy request); a made-up id where the app has no such route. */
async function openPrivacyRequest(h: Harness, token: string): Promise<string> {
  const url = '/api/store/privacy/requests';
  if (!h.app.hasRoute({ method: 'POST', url })) return `prq_${'0'.repeat(26)}`;
  return String((await call(h, token, 'POST', url, { kind: 'export' })).id);
}

/** An open access alert (an alert-only rule, so nobody is frozen) about this staff member. */
async function raiseAccessAlert(h: Harness, merchantId: string, staffId: string): Promise<string> {
  if (!h.app.hasRoute({ method: 'GET', url: '/api/admin/privacy/alerts' })) return `alert_${'0'.repeat(26)}`;
  const { raiseAlert } = await import('../../src/modules/privacy/anomaly/raise-alert.ts');
  const { config, log } = h.app.runtime;
  const finding = { merchantId, actorId: staffId, rule: 'unusual_hours' as const, detail: {} as never };
  const id = await raiseAlert(h.database.db, finding, config.anomaly, new Date(), log);
  if (!id) throw new Error('no alert raised');
  return id;
}

/** Signs up another shopper at the world's merchant, with an address of their own. */
export async function otherShopper(h: Harness, world: World): Promise<Shopper> {
  const res = await h.app.inject({
    method: 'POST',
    url: '/api/store/auth/sign-up',
    headers: { 'x-hexamall-merchant': world.handle },
    payload: { email: `${unique('other')}@example.com`, password: FIXTURE_PASSWORD, displayName: 'Other' },
  });
  expect(res.statusCode, res.body).toBe(201);
  const { token, customer } = json<{ token: string; customer: { id: string } }>(res);
  const address = await call(h, token, 'POST', '/api/store/addresses', {
    recipient: 'Han Meimei',
    phone: '13912341234',
    province: 'Jiangsu',
    city: 'Nanjing',
    district: 'Gulou',
    line1: '2 Zhongshan Road',
  });
  return { token, customerId: customer.id, addressId: String(address.id) };
}

/** Staff of the world's merchant with this role, signed in (the owner: a fresh session). */
export async function staffOf(
  h: Harness,
  world: World,
  role: StaffRole,
): Promise<{ token: string; email: string }> {
  const email = role === 'owner' ? world.ownerEmail : `${unique(role.replace('_', '-'))}@staff.test`;
  if (role !== 'owner')
    await call(h, world.ownerToken, 'POST', '/api/admin/staff', {
      email,
      displayName: role,
      role,
      password: FIXTURE_PASSWORD,
    });
  return { token: await signIn(h, 'admin', world.handle, email), email };
}

/** A new session for an account with the fixture password. */
export async function signIn(
  h: Harness,
  scope: 'store' | 'admin',
  handle: string,
  email: string,
): Promise<string> {
  const res = await h.app.inject({
    method: 'POST',
    url: `/api/${scope}/auth/sign-in`,
    headers: { 'x-hexamall-merchant': handle },
    payload: { ...(scope === 'admin' ? { merchant: handle } : {}), email, password: FIXTURE_PASSWORD },
  });
  expect(res.statusCode, res.body).toBe(200);
  return json<{ token: string }>(res).token;
}

/**
 * The world's value for a field, by route and name: ids the world made, a fresh idempotency key, or a
 * value of the right shape. A path parameter the world cannot name gets UNKNOWN_RESOURCE; the suites fail
 * such a route (unknownPathParams) wherever a made-up id would hide what they test.
 */
export function knownValues(world: World): KnownValue {
  return (op: Operation, part: Part, path: Segment[]) => {
    const name = path[path.length - 1];
    if (typeof name !== 'string') return undefined;
    if (part === 'path') {
      const resource = resourceOfPathParam(op.url, name);
      if (!resource) return UNKNOWN_RESOURCE;
      if (resource === 'order') return world.orders[orderUseOf(op)];
      return world.ids[resource];
    }
    const special = SPECIAL[`${op.key} ${part}:${path.join('.')}`] ?? SPECIAL[`* ${part}:${name}`];
    if (special) return special(world);
    const resource = RESOURCE_OF_NAME[name];
    if (resource) return resource === 'order' ? world.orders.unpaid : world.ids[resource];
    return undefined;
  };
}

/** What a path parameter gets when world.ts has no rule for its resource: a well-formed id of nothing. */
export const UNKNOWN_RESOURCE = `unknown_${'0'.repeat(26)}`;

/** The path parameters of an operation that world.ts cannot name (a new route needs a rule here). */
export function unknownPathParams(op: Operation): string[] {
  return op.parameters
    .filter((p) => p.part === 'path' && !resourceOfPathParam(op.url, p.name))
    .map((p) => p.name);
}

function orderUseOf(op: Operation): OrderUse {
  return ORDER_FOR_ROUTE.find(([pattern]) => pattern.test(op.key))?.[1] ?? 'unpaid';
}

/** Values by route and field (`METHOD url part:path`), or by part and name anywhere (`* part:name`). */
const SPECIAL: Record<string, (w: World) => unknown> = {
  '* header:idempotency-key': () => newKey('sec'),
  '* header:x-cart-token': () => OMIT,
  '* query:cursor': () => OMIT,
  '* body:email': () => `${unique('sec')}@example.com`,
  '* body:password': () => FIXTURE_PASSWORD,
  '* body:phone': () => '13812341234',
  '* body:postalCode': () => '310000',
  '* body:province': () => 'Zhejiang',
  '* body:code': () => unique('SEC-'),
  '* body:barcode': () => '6901234567892',
  '* body:url': () => '/img/shoe.png',
  '* body:imageUrl': () => '/img/shoe.png',
  '* body:logoUrl': () => '/img/logo.png',
  '* body:returnUrl': () => 'http://127.0.0.1/return',
  '* body:occurredAt': () => new Date().toISOString(),
  '* body:trackingNumber': () => unique('SF'),
  '* body:carrier': () => 'SF',
  '* body:onHand': () => 1_000_000,
  '* body:reason': () => 'Security suite',
  '* body:sessionId': () => 'security-suite-visit',
  '* body:resolution': () => 'Security suite',
  '* query:q': () => 'trail',
  'POST /api/store/auth/sign-in body:email': (w) => w.shopper.email,
  'POST /api/admin/auth/sign-in body:email': (w) => w.ownerEmail,
  'POST /api/admin/auth/sign-in body:merchant': (w) => w.handle,
  'POST /api/store/checkout body:items': (w) => [{ skuId: w.ids.sku, quantity: 1 }],
  'PUT /api/admin/attributes/{key} body:type': () => 'text',
  // A review names an item of a delivered order.
  'POST /api/store/reviews body:orderId': (w) => w.orders.delivered,
  // A wallet coupon is used once: checkouts that must succeed go without one (coupon checkout has its own tests).
  'POST /api/store/checkout body:couponId': () => OMIT,
  'POST /api/admin/shipments/{id}/events body:status': () => 'in_transit',
  'PUT /api/admin/search/dictionaries/{kind}/{key} body:entry': () => ({ terms: ['trail shoe', 'runner'] }),
};
