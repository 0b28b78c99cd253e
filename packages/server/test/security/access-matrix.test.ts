import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ERROR_CATALOGUE,
  PERMISSIONS,
  ROLE_PERMISSIONS,
  STAFF_ROLES,
  type StaffRole,
} from '../../src/platform/index.ts';
import { createMerchant } from '../../src/testing/fixtures.ts';
import { bearer, describeEachDatabase } from '../../src/testing/harness.ts';
import type { Shopper } from '../../src/workflows/test-shop.ts';
import { LeakDetector } from './leaks.ts';
import { liveOperations } from './live-document.ts';
import { exampleRequest, toInject, type KnownValue, type Operation } from './openapi.ts';
import { loadPayloads } from './payloads.ts';
import {
  buildWorld,
  knownValues,
  otherShopper,
  resourceOfField,
  resourceOfPathParam,
  signIn,
  staffOf,
  unknownPathParams,
  type Resource,
  type World,
} from './world.ts';
import { businessWrites, describeWrites, WriteJournal } from './write-journal.ts';

/*
 * The endpoint x role x other-owner matrix, generated from the live route table: wherever access is not
 * allowed the answer is 401, 403 or 404, never data, and wherever it is allowed it is never 5xx.
 *
 * Admin: every operation declares its permission (x-hexamall-permission in the OpenAPI document, from the
 * route's config); no token or a made-up one is 401; each staff role without the permission is 403; staff
 * of merchant B naming merchant A's objects is 404 and shows nothing of A. Store: every operation is held
 * to STORE_POLICY below (a new store route must be classified there); shopper routes without a token are
 * 401; shopper B naming shopper A's orders, addresses, cart lines, passkeys is 404; a guest or shopper
 * naming a made-up id is 404. Every refusal is problem+json with a catalogued code and writes no row.
 */

const OPERATIONS = await liveOperations();
const ADMIN = OPERATIONS.filter((op) => op.scope === 'admin');
const STORE = OPERATIONS.filter((op) => op.scope === 'store');
const SESSION_ENDING = /\/auth\/sign-out$/;

/** Who may call each store route, by path: the policy the routes are held to (first match wins). */
const STORE_POLICY: [RegExp, 'public' | 'shopper'][] = [
  [/^\/api\/store\/auth\/sign-(in|up)$/, 'public'],
  [/^\/api\/store\/auth\/sign-out$/, 'shopper'],
  [/^\/api\/store\/passkeys\/authentication\//, 'public'],
  [/^\/api\/store\/privacy\/notice$/, 'public'],
  [/^\/api\/store\/coupons\/claimable$/, 'public'],
  [/^\/api\/store\/(coupons|reviews)(\/|$)/, 'shopper'],
  [/^\/api\/store\/(events|recommendations)(\/|$)/, 'public'],
  [/^\/api\/store\/(me|addresses|orders|checkout|passkeys|privacy)(\/|$)/, 'shopper'],
  [/^\/api\/store\/(favourites|follows|social)(\/|$)/, 'shopper'],
  [/^\/api\/store\/(creators|cities)(\/|$)/, 'public'],
  [/^\/api\/store\/(products|categories|brands|search|availability|cart|shipping\/quote)(\/|$)/, 'public'],
];
const policyOf = (op: Operation) => STORE_POLICY.find(([pattern]) => pattern.test(op.url))?.[1];

/** What a shopper owns: another shopper naming one gets 404. */
/** Names a merchant chooses (an attribute key, a dictionary entry): each merchant has its own, so B may use A's. */
const MERCHANT_LOCAL_NAMES = new Set<Resource>(['attribute', 'dictionaryKind', 'dictionaryKey']);
const SHOPPER_OWNED = new Set<Resource>([
  'order',
  'address',
  'cartItem',
  'payment',
  'passkey',
  'privacyRequest',
  'claimedCoupon',
  'orderItem',
]);
/** What a staff member owns: other staff, even of the same merchant, naming one get 404. */
const STAFF_OWNED = new Set<Resource>(['staffPasskey']);

/** The resources an operation names: by path parameters, and by body or query fields named for them. */
function resourcesNamed(op: Operation): Set<Resource> {
  const found = new Set<Resource>();
  for (const p of op.parameters.filter((q) => q.part === 'path')) {
    const resource = resourceOfPathParam(op.url, p.name);
    if (resource && !MERCHANT_LOCAL_NAMES.has(resource)) found.add(resource);
  }
  for (const field of op.fields) {
    const name = field.path.filter((s) => typeof s === 'string').at(-1);
    const resource = typeof name === 'string' ? resourceOfField(name) : undefined;
    if (resource) found.add(resource);
  }
  return found;
}

/** An id of the same shape that names nothing. */
function madeUp(id: string): string {
  const prefixed = /^([a-z]+)_[0-9a-z]{26}$/.exec(id);
  return prefixed ? `${prefixed[1]}_${'0'.repeat(26)}` : `nothing-${id}`.slice(0, 30);
}

/** The world's values, with every id the world made replaced by a made-up one. */
function madeUpValues(world: World): KnownValue {
  const known = knownValues(world);
  const ids = new Set([...Object.values(world.ids), ...Object.values(world.orders)]);
  return (op, part, path, schema) => {
    const value = known(op, part, path, schema);
    return typeof value === 'string' && ids.has(value) ? madeUp(value) : value;
  };
}

describeEachDatabase('access matrix', (h) => {
  let a: World;
  let journal: WriteJournal;
  let leaks: LeakDetector;
  const staffA = new Map<StaffRole, { token: string; email: string }>();
  const staffB = new Map<StaffRole, { token: string; email: string }>();
  let shopperB: Shopper;

  beforeAll(async () => {
    a = await buildWorld(h());
    const b = await createMerchant(h());
    const bWorld = { ...a, ...b, ownerEmail: `owner@${b.handle}.test` };
    for (const role of STAFF_ROLES) {
      staffA.set(role, await staffOf(h(), a, role));
      staffB.set(role, await staffOf(h(), bWorld, role));
    }
    shopperB = await otherShopper(h(), a);
    journal = await WriteJournal.install(h().database);
    leaks = new LeakDetector(loadPayloads());
  }, 300_000);

  const requestFor = (op: Operation, known: KnownValue, headers: Record<string, string>) =>
    toInject(op, exampleRequest(op, known), headers);

  /** Sends, then checks what every answer owes: below 500, no leak, refusals problem+json and writing nothing. */
  async function send(request: InjectOptions): Promise<LightMyRequestResponse> {
    const res = await h().app.inject(request);
    await h().privacy.audit.flush();
    const written = businessWrites(await journal.drain());
    const what = `${request.method} ${request.url}: ${res.statusCode} ${res.body.slice(0, 300)}`;
    expect(res.statusCode, what).toBeLessThan(500);
    expect(leaks.leaks(res.statusCode, res.body, undefined), what).toEqual([]);
    if (res.statusCode >= 400) {
      expect(res.headers['content-type'], what).toContain('application/problem+json');
      const code = (JSON.parse(res.body) as { code: string }).code;
      expect(Object.hasOwn(ERROR_CATALOGUE, code), `${what}: code ${code}`).toBe(true);
      expect(describeWrites(written), `${what}: a refusal wrote rows`).toBe('');
    }
    return res;
  }

  /** A's ids and text must not appear in an answer to someone else, unless the request itself named them. */
  function expectNothingOf(world: World, request: InjectOptions, res: LightMyRequestResponse) {
    const asked = `${request.url} ${JSON.stringify(request.payload ?? '')}`;
    const own = [...Object.values(world.ids), ...Object.values(world.orders), ...world.secrets].filter(
      (s) => s.length > 6 && !asked.includes(s),
    );
    const shown = own.filter((s) => res.body.includes(s));
    expect(
      shown,
      `${request.method} ${request.url} shows another owner's data: ${res.body.slice(0, 300)}`,
    ).toEqual([]);
  }

  it.each(
    OPERATIONS.filter((op) => op.parameters.some((p) => p.part === 'path')).map(
      (op) => [op.key, op] as const,
    ),
  )('%s names resources the suite can make', (_key, op) => {
    // Without a real object of the kind, the other-owner checks would only ever see a 404 for nothing.
    expect(
      unknownPathParams(op),
      `${op.key}: add the resource to world.ts (RESOURCE_OF_SEGMENT, buildWorld)`,
    ).toEqual([]);
  });

  describe('admin', () => {
    it.each(ADMIN.map((op) => [op.key, op] as const))('%s declares who may call it', (_key, op) => {
      expect([...PERMISSIONS, 'public', 'any-staff']).toContain(op.permission);
    });

    it.each(ADMIN.filter((op) => op.permission !== 'public').map((op) => [op.key, op] as const))(
      '%s: no token or a made-up one is 401',
      async (_key, op) => {
        for (const headers of [{}, bearer('made-up-token'), { authorization: 'Basic Zm9vOmJhcg==' }]) {
          const res = await send(requestFor(op, knownValues(a), headers));
          expect(res.statusCode, `${op.key} ${JSON.stringify(headers)}: ${res.body}`).toBe(401);
        }
      },
    );

    const crossMerchant = () =>
      ADMIN.filter((op) => op.permission !== 'public' && resourcesNamed(op).size > 0);
    it.each(crossMerchant().map((op) => [op.key, op] as const))(
      "%s: merchant B's staff naming merchant A's objects get 404 and nothing of A",
      async (_key, op) => {
        const inPath = op.parameters.some((p) => p.part === 'path' && resourceOfPathParam(op.url, p.name));
        for (const role of STAFF_ROLES) {
          if (!allows(role, op)) continue;
          const request = requestFor(op, knownValues(a), bearer(staffB.get(role)!.token));
          const res = await send(request);
          const what = `${role} of B: ${op.key} ${res.statusCode} ${res.body.slice(0, 200)}`;
          if (inPath) expect(res.statusCode, what).toBe(404);
          else if (op.method !== 'GET') expect(res.statusCode, what).toBeGreaterThanOrEqual(400);
          expectNothingOf(a, request, res);
        }
      },
    );
  });

  const staffOwned = ADMIN.filter((op) => [...resourcesNamed(op)].some((r) => STAFF_OWNED.has(r)));
  describe.runIf(staffOwned.length > 0)('admin, same merchant', () => {
    it.each(staffOwned.map((op) => [op.key, op] as const))(
      "%s: other staff of the same merchant naming the owner's own objects get 404",
      async (_key, op) => {
        for (const role of STAFF_ROLES.filter((r) => r !== 'owner' && allows(r, op))) {
          const request = requestFor(op, knownValues(a), bearer(staffA.get(role)!.token));
          const res = await send(request);
          expect(res.statusCode, `${role}: ${op.key} ${res.body.slice(0, 200)}`).toBe(404);
        }
      },
    );
  });

  describe('store', () => {
    it.each(STORE.map((op) => [op.key, op] as const))('%s is classified in STORE_POLICY', (_key, op) => {
      expect(policyOf(op), `${op.key}: add it to STORE_POLICY (public or shopper)`).toBeDefined();
    });

    it.each(STORE.filter((op) => policyOf(op) === 'shopper').map((op) => [op.key, op] as const))(
      '%s: no token is 401',
      async (_key, op) => {
        const res = await send(requestFor(op, knownValues(a), { 'x-hexamall-merchant': a.handle }));
        expect(res.statusCode, `${op.key}: ${res.body}`).toBe(401);
      },
    );

    it.each(STORE.map((op) => [op.key, op] as const))('%s: a made-up token is 401', async (_key, op) => {
      const res = await send(requestFor(op, knownValues(a), bearer('made-up-token')));
      expect(res.statusCode, `${op.key}: ${res.body}`).toBe(401);
    });

    const otherOwners = () => STORE.filter((op) => [...resourcesNamed(op)].some((r) => SHOPPER_OWNED.has(r)));
    it.each(otherOwners().map((op) => [op.key, op] as const))(
      "%s: shopper B naming shopper A's objects gets 404 and nothing of A",
      async (_key, op) => {
        const request = requestFor(op, knownValues(a), bearer(shopperB.token));
        const res = await send(request);
        expect(res.statusCode, `${op.key}: ${res.body.slice(0, 300)}`).toBe(404);
        expectNothingOf(a, request, res);
      },
    );

    it.each(
      STORE.filter((op) => op.parameters.some((p) => p.part === 'path')).map((op) => [op.key, op] as const),
    )('%s: a made-up id is 404, for a guest and for a shopper', async (_key, op) => {
      const guest = { 'x-hexamall-merchant': a.handle };
      const callers = policyOf(op) === 'shopper' ? [bearer(shopperB.token)] : [guest, bearer(shopperB.token)];
      for (const headers of callers) {
        const res = await send(requestFor(op, madeUpValues(a), headers));
        expect(res.statusCode, `${op.key} ${JSON.stringify(headers).slice(0, 40)}: ${res.body}`).toBe(404);
      }
      if (policyOf(op) === 'public' && resourcesNamed(op).has('cartItem')) {
        const res = await send(requestFor(op, knownValues(a), guest));
        expect(res.statusCode, `guest on A's cart line: ${res.body}`).toBe(404);
      }
    });

    it.each(STORE.filter((op) => op.method === 'GET').map((op) => [op.key, op] as const))(
      "%s shows shopper B nothing of shopper A's",
      async (_key, op) => {
        const request = requestFor(op, knownValues(a), bearer(shopperB.token));
        const res = await send(request);
        if (res.statusCode < 400) expectNothingOf(shopperSide(a), request, res);
      },
    );
  });

  // Last: these are allowed, so they change A's objects.
  describe('allowed', () => {
    it.each(ADMIN.filter((op) => op.permission !== 'public').map((op) => [op.key, op] as const))(
      '%s: each role gets 403 without the permission and no 401/403/5xx with it',
      async (_key, op) => {
        for (const role of STAFF_ROLES) {
          const { token, email } = staffA.get(role)!;
          const fresh = SESSION_ENDING.test(op.url) ? await signIn(h(), 'admin', a.handle, email) : token;
          const res = await send(requestFor(op, knownValues(a), bearer(fresh)));
          const what = `${role}: ${op.key} ${res.statusCode} ${res.body.slice(0, 200)}`;
          if (allows(role, op)) expect(refusedAccess(res), what).toBe(false);
          else expect(res.statusCode, what).toBe(403);
        }
      },
    );

    it.each(STORE.map((op) => [op.key, op] as const))(
      '%s: shopper A on their own objects gets no 401/403/5xx',
      async (_key, op) => {
        const token = SESSION_ENDING.test(op.url)
          ? await signIn(h(), 'store', a.handle, a.shopper.email)
          : a.shopper.token;
        const res = await send(requestFor(op, knownValues(a), bearer(token)));
        expect(refusedAccess(res), `${op.key}: ${res.statusCode} ${res.body.slice(0, 200)}`).toBe(false);
      },
    );
  });
});

/**
 * The answer refuses the caller rather than the request: no session, or no permission. A sign-in route's
 * 401 for wrong credentials (INVALID_CREDENTIALS, PASSKEY_REJECTED) is an answer about the request.
 */
function refusedAccess(res: LightMyRequestResponse): boolean {
  if (res.statusCode !== 401 && res.statusCode !== 403) return false;
  const code = (JSON.parse(res.body) as { code?: string }).code;
  return ['UNAUTHENTICATED', 'SESSION_EXPIRED', 'FORBIDDEN'].includes(code ?? '');
}

function allows(role: StaffRole, op: Operation): boolean {
  if (op.permission === 'public' || op.permission === 'any-staff') return true;
  return (ROLE_PERMISSIONS[role] as readonly string[]).includes(op.permission ?? '');
}

/** Only what belongs to A's shopper, for answers that may show the merchant's catalogue. */
function shopperSide(world: World): World {
  return {
    ...world,
    // The merchant's public objects: every shopper sees its coupons on offer and its products' reviews.
    ids: {
      ...world.ids,
      product: '',
      sku: '',
      category: '',
      brand: '',
      attribute: '',
      template: '',
      coupon: '',
      review: '',
    },
    secrets: [world.shopper.email, world.shopper.customerId],
  } as World;
}
