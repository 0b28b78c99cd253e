import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { connectDatabase, type Database } from '../index.ts';
import { createMerchant, FIXTURE_PASSWORD } from '../../testing/fixtures.ts';
import { json, openApp, TestClock, type Harness } from '../../testing/harness.ts';
import { MemoryFailureCounter, networkOf, SignInThrottle } from './sign-in-throttle.ts';

describe('sign-in throttle counting', () => {
  const reply = () => {
    const headers: Record<string, string> = {};
    return { headers, header: (name: string, value: string) => ((headers[name] = value), undefined) };
  };
  const key = (email: string, address = '10.0.0.1') =>
    ({ scope: 'store', merchant: 'mer_1', email, address }) as const;

  it('refuses the attempt after the limit, takes back successes and forgets after the window', async () => {
    const clock = new TestClock();
    const throttle = new SignInThrottle(new MemoryFailureCounter(() => clock.now().getTime()), {
      perAccount: 2,
      perAddress: 100,
      windowMs: 60_000,
    });
    const r = reply();
    const admit = () => throttle.admit(key('A@x.test'), r as never);
    await (await admit()).settle(true);
    await (await admit()).settle(false);
    await (await admit()).settle(false);
    await expect(admit()).rejects.toMatchObject({ code: 'SIGN_IN_THROTTLED', data: { retryAfter: 60 } });
    expect(r.headers['retry-after']).toBe('60');
    // The email is normalised: case and spaces do not make a new account.
    await expect(throttle.admit(key(' a@X.test '), r as never)).rejects.toMatchObject({
      code: 'SIGN_IN_THROTTLED',
    });
    clock.advance(60_001);
    await expect(admit()).resolves.toBeDefined();
  });

  it('counts every address of one IPv6 /64 together', () => {
    expect(networkOf('2001:db8:1:2:aaaa::1')).toBe(networkOf('2001:db8:1:2:bbbb:cccc:dddd:eeee'));
    expect(networkOf('2001:db8:1:3::1')).not.toBe(networkOf('2001:db8:1:2::1'));
    expect(networkOf('203.0.113.9')).toBe('203.0.113.9');
  });
});

// Counts must hold across every process of a deployment: with REDIS_URL they live in Redis, so two apps
// (two processes in production) share one budget.
const targets: { label: string; redisUrl: string | undefined }[] = [
  { label: 'in-process', redisUrl: undefined },
];
if (process.env.TEST_REDIS_URL) targets.push({ label: 'redis', redisUrl: process.env.TEST_REDIS_URL });

for (const target of targets) {
  describe(`sign-in throttling through the API [${target.label}]`, () => {
    let database: Database;
    const apps: FastifyInstance[] = [];
    // Per-run addresses, so counts left in a shared Redis by earlier runs (or earlier tests) cannot interfere.
    const freshAddress = () => `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.9`;
    let address = freshAddress();
    let defaultShop: { handle: string };
    let n = 0;
    const nextApp = () => apps[(n += 1) % apps.length]!;

    beforeAll(async () => {
      database = await connectDatabase({});
      apps.push(await openApp(database, { redisUrl: target.redisUrl }));
      if (target.redisUrl) apps.push(await openApp(database, { redisUrl: target.redisUrl }));
      defaultShop = await createMerchant(harness()); // the first merchant is the default one
    });
    beforeEach(() => {
      address = freshAddress();
    });
    afterAll(async () => {
      for (const app of apps) await app.close();
      await database.close();
    });
    const harness = () =>
      ({ app: apps[0]!, database, privacy: apps[0]!.runtime.privacy }) as unknown as Harness;

    const storeSignIn = (handle: string, email: string, password: string, remoteAddress = address) =>
      nextApp().inject({
        method: 'POST',
        url: '/api/store/auth/sign-in',
        headers: { 'x-hexamall-merchant': handle },
        payload: { email, password },
        remoteAddress,
      });
    const shape = (res: LightMyRequestResponse) => {
      // Request ids differ, and the seconds left can differ by one between two windows opened moments apart.
      const { requestId: _requestId, retryAfter: _seconds, ...rest } = json(res);
      return { status: res.statusCode, retryAfter: res.headers['retry-after'] !== undefined, body: rest };
    };

    it('answers an existing and a made-up account identically, and throttles both after 5 failures', async () => {
      const shop = await createMerchant(harness());
      const email = `known-${Date.now()}@example.com`;
      const signUp = await apps[0]!.inject({
        method: 'POST',
        url: '/api/store/auth/sign-up',
        headers: { 'x-hexamall-merchant': shop.handle },
        payload: { email, password: FIXTURE_PASSWORD, displayName: 'Known' },
      });
      expect(signUp.statusCode).toBe(201);
      const ghost = `ghost-${Date.now()}@example.com`;
      const known: ReturnType<typeof shape>[] = [];
      const unknown: ReturnType<typeof shape>[] = [];
      for (let i = 0; i < 6; i += 1) {
        known.push(shape(await storeSignIn(shop.handle, email, 'wrong-password-1')));
        unknown.push(shape(await storeSignIn(shop.handle, ghost, 'wrong-password-1')));
      }
      expect(known).toEqual(unknown);
      expect(known.map((r) => r.status)).toEqual([401, 401, 401, 401, 401, 429]);
      expect(known[0]?.body).toMatchObject({ code: 'INVALID_CREDENTIALS' });
      expect(known[5]).toMatchObject({ retryAfter: true, body: { code: 'SIGN_IN_THROTTLED', status: 429 } });
      // Even the right password waits: otherwise the 429 would tell a guesser when they got it right.
      const right = await storeSignIn(shop.handle, email, FIXTURE_PASSWORD);
      expect(right.statusCode).toBe(429);
      expect(Number(right.headers['retry-after'])).toBeGreaterThan(800);
      // Another account from another address is unaffected.
      expect(
        (await storeSignIn(shop.handle, 'other@example.com', 'wrong-password-1', '192.0.2.77')).statusCode,
      ).toBe(401);
    });

    it('a success clears the account count, so a shopper who mistypes now and then is never locked out', async () => {
      const shop = await createMerchant(harness());
      const email = `typo-${Date.now()}@example.com`;
      await apps[0]!.inject({
        method: 'POST',
        url: '/api/store/auth/sign-up',
        headers: { 'x-hexamall-merchant': shop.handle },
        payload: { email, password: FIXTURE_PASSWORD, displayName: 'Typo' },
      });
      const statuses: number[] = [];
      for (let round = 0; round < 2; round += 1) {
        for (let i = 0; i < 4; i += 1)
          statuses.push((await storeSignIn(shop.handle, email, 'typo-typo-1')).statusCode);
        statuses.push((await storeSignIn(shop.handle, email, FIXTURE_PASSWORD)).statusCode);
      }
      expect(statuses).toEqual([401, 401, 401, 401, 200, 401, 401, 401, 401, 200]);
    });

    it('throttles one address after 30 failures over many accounts', async () => {
      const shop = await createMerchant(harness());
      const spray = freshAddress();
      const statuses: number[] = [];
      for (let i = 0; i < 31; i += 1) {
        statuses.push(
          (await storeSignIn(shop.handle, `spray-${i}@example.com`, 'wrong-password-1', spray)).statusCode,
        );
      }
      expect(statuses.slice(0, 30).every((s) => s === 401)).toBe(true);
      expect(statuses[30]).toBe(429);
    });

    it('throttles staff sign-in the same way, naming the default merchant by handle or not at all alike', async () => {
      const email = `owner@${defaultShop.handle}.test`;
      const signIn = (merchant: string | undefined) =>
        nextApp().inject({
          method: 'POST',
          url: '/api/admin/auth/sign-in',
          payload: { ...(merchant ? { merchant } : {}), email, password: 'wrong-password-1' },
          remoteAddress: address,
        });
      const statuses: number[] = [];
      for (let i = 0; i < 6; i += 1)
        statuses.push((await signIn(i % 2 ? defaultShop.handle : undefined)).statusCode);
      expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
      const res = await signIn(undefined);
      expect(json(res)).toMatchObject({ code: 'SIGN_IN_THROTTLED' });
      expect(res.headers['retry-after']).toBeDefined();
    });
  });
}
