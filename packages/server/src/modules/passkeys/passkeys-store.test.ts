import type {
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
} from '@simplewebauthn/server';
import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { createMerchant, signUpShopper } from '../../testing/fixtures.ts';
import { bearer, describeEachDatabase, json } from '../../testing/harness.ts';
import { systemCtx } from '../../platform/index.ts';
import { passkeysModule } from './index.ts';
import { passkeyChallenges } from './schema.ts';
import { SoftwareAuthenticator } from './testing/software-authenticator.ts';

const ORIGIN = 'https://shop.example';
const webauthn = { rpId: 'shop.example', rpName: 'Test shop', origins: [ORIGIN] };

describeEachDatabase(
  'shopper passkeys',
  (h) => {
    const post = (handle: string, url: string, payload: unknown = {}, headers: Record<string, string> = {}) =>
      h().app.inject({
        method: 'POST',
        url: `/api/store${url}`,
        headers: { 'x-hexamall-merchant': handle, ...headers },
        payload: payload as Record<string, unknown>,
      });

    /** A shopper with a passkey registered through the API on a fresh software authenticator. */
    async function shopperWithPasskey(handle: string, authenticator = new SoftwareAuthenticator(ORIGIN)) {
      const shopper = await signUpShopper(h(), handle);
      const options = await post(handle, '/passkeys/registration/options', {}, bearer(shopper.token));
      expect(options.statusCode, options.body).toBe(200);
      const response = authenticator.register(json<PublicKeyCredentialCreationOptionsJSON>(options));
      const verified = await post(
        handle,
        '/passkeys/registration/verify',
        { response, label: 'Test phone' },
        bearer(shopper.token),
      );
      expect(verified.statusCode, verified.body).toBe(201);
      return { ...shopper, authenticator, passkeyId: json<{ id: string }>(verified).id };
    }

    async function signInOptions(handle: string): Promise<PublicKeyCredentialRequestOptionsJSON> {
      const res = await post(handle, '/passkeys/authentication/options');
      expect(res.statusCode, res.body).toBe(200);
      return json<PublicKeyCredentialRequestOptionsJSON>(res);
    }

    const signIn = (handle: string, response: unknown) =>
      post(handle, '/passkeys/authentication/verify', { response });

    it('registers a passkey, then signs in with it alone and gets a working session', async () => {
      const shop = await createMerchant(h());
      const shopper = await shopperWithPasskey(shop.handle);
      const options = await signInOptions(shop.handle);
      expect(options).toMatchObject({ rpId: 'shop.example', userVerification: 'required' });
      expect(options).not.toHaveProperty('allowCredentials'); // usernameless
      const res = await signIn(shop.handle, shopper.authenticator.authenticate(options));
      expect(res.statusCode, res.body).toBe(200);
      const body = json<{ token: string; customer: { id: string } }>(res);
      expect(body.customer.id).toBe(shopper.customerId);
      expect(body.token).not.toBe(shopper.token);
      const me = await h().app.inject({ method: 'GET', url: '/api/store/me', headers: bearer(body.token) });
      expect(me.statusCode).toBe(200);
      expect(json(me)).toMatchObject({ id: shopper.customerId });
      const list = await h().app.inject({
        method: 'GET',
        url: '/api/store/passkeys',
        headers: bearer(body.token),
      });
      expect(json(list)).toMatchObject({
        items: [{ id: shopper.passkeyId, label: 'Test phone', transports: ['internal', 'hybrid'] }],
      });
      expect(json<{ items: { lastUsedAt: string | null }[] }>(list).items[0]?.lastUsedAt).not.toBeNull();
    });

    it('refuses a sign-in made on another origin', async () => {
      const shop = await createMerchant(h());
      const { authenticator } = await shopperWithPasskey(shop.handle);
      const phished = authenticator.authenticate(await signInOptions(shop.handle), {
        origin: 'https://shop.example.evil.test',
      });
      const res = await signIn(shop.handle, phished);
      expect(res.statusCode).toBe(401);
      expect(json(res)).toMatchObject({ code: 'PASSKEY_REJECTED' });
    });

    it('refuses a registration made on another origin', async () => {
      const shop = await createMerchant(h());
      const shopper = await signUpShopper(h(), shop.handle);
      const options = await post(shop.handle, '/passkeys/registration/options', {}, bearer(shopper.token));
      const response = new SoftwareAuthenticator(ORIGIN).register(json(options), {
        origin: 'https://evil.test',
      });
      const res = await post(
        shop.handle,
        '/passkeys/registration/verify',
        { response },
        bearer(shopper.token),
      );
      expect(res.statusCode).toBe(401);
      expect(json(res)).toMatchObject({ code: 'PASSKEY_REJECTED' });
    });

    it('refuses a replayed answer and any new answer to a spent challenge', async () => {
      const shop = await createMerchant(h());
      const { authenticator } = await shopperWithPasskey(shop.handle);
      const options = await signInOptions(shop.handle);
      const answer = authenticator.authenticate(options);
      expect((await signIn(shop.handle, answer)).statusCode).toBe(200);
      const replayed = await signIn(shop.handle, answer);
      expect(replayed.statusCode).toBe(400);
      expect(json(replayed)).toMatchObject({ code: 'PASSKEY_CHALLENGE_INVALID' });
      // Freshly signed, with a higher counter, but over the spent challenge: still refused.
      const resigned = await signIn(shop.handle, authenticator.authenticate(options));
      expect(json(resigned)).toMatchObject({ code: 'PASSKEY_CHALLENGE_INVALID' });
    });

    it('refuses a challenge that expired or was never issued', async () => {
      const shop = await createMerchant(h());
      const { authenticator } = await shopperWithPasskey(shop.handle);
      const options = await signInOptions(shop.handle);
      await h()
        .database.db.update(passkeyChallenges)
        .set({ expiresAt: new Date(Date.now() - 1000) })
        .where(eq(passkeyChallenges.challenge, options.challenge));
      const expired = await signIn(shop.handle, authenticator.authenticate(options));
      expect(json(expired)).toMatchObject({ code: 'PASSKEY_CHALLENGE_INVALID' });
      const madeUp = authenticator.authenticate({ ...options, challenge: 'bm90LWlzc3VlZC1ieS11cw' });
      expect(json(await signIn(shop.handle, madeUp))).toMatchObject({ code: 'PASSKEY_CHALLENGE_INVALID' });
    });

    it('refuses a signature counter that goes backwards or stands still', async () => {
      const shop = await createMerchant(h());
      const { authenticator } = await shopperWithPasskey(shop.handle);
      const first = await signIn(
        shop.handle,
        authenticator.authenticate(await signInOptions(shop.handle), { counter: 7 }),
      );
      expect(first.statusCode, first.body).toBe(200);
      for (const counter of [3, 7, 0]) {
        const res = await signIn(
          shop.handle,
          authenticator.authenticate(await signInOptions(shop.handle), { counter }),
        );
        expect(res.statusCode, `counter ${counter}`).toBe(401);
        expect(json(res)).toMatchObject({ code: 'PASSKEY_COUNTER_REGRESSED' });
      }
      const onward = await signIn(
        shop.handle,
        authenticator.authenticate(await signInOptions(shop.handle), { counter: 8 }),
      );
      expect(onward.statusCode).toBe(200);
    });

    it('accepts a synced passkey that never counts (always 0)', async () => {
      const shop = await createMerchant(h());
      const synced = new SoftwareAuthenticator(ORIGIN, { countsSignatures: false });
      await shopperWithPasskey(shop.handle, synced);
      for (let i = 0; i < 2; i += 1) {
        const res = await signIn(shop.handle, synced.authenticate(await signInOptions(shop.handle)));
        expect(res.statusCode, res.body).toBe(200);
      }
    });

    it("does not sign in with another merchant's passkey", async () => {
      const home = await createMerchant(h());
      const other = await createMerchant(h());
      const { authenticator } = await shopperWithPasskey(home.handle);
      const res = await signIn(other.handle, authenticator.authenticate(await signInOptions(other.handle)));
      expect(res.statusCode).toBe(401);
      expect(json(res)).toMatchObject({ code: 'PASSKEY_NOT_RECOGNISED' });
      // Nor with a challenge issued at another merchant.
      const crossed = await signIn(
        home.handle,
        authenticator.authenticate(await signInOptions(other.handle)),
      );
      expect(json(crossed)).toMatchObject({ code: 'PASSKEY_CHALLENGE_INVALID' });
    });

    it('refuses answers without user verification or with a forged signature', async () => {
      const shop = await createMerchant(h());
      const { authenticator } = await shopperWithPasskey(shop.handle);
      const noUv = authenticator.authenticate(await signInOptions(shop.handle), {
        withoutUserVerification: true,
      });
      expect(json(await signIn(shop.handle, noUv))).toMatchObject({ code: 'PASSKEY_REJECTED' });
      // A well-formed signature, but over another challenge.
      const other = authenticator.authenticate(await signInOptions(shop.handle));
      const forged = authenticator.authenticate(await signInOptions(shop.handle));
      forged.response.signature = other.response.signature;
      const res = await signIn(shop.handle, forged);
      expect(res.statusCode).toBe(401);
      expect(json(res)).toMatchObject({ code: 'PASSKEY_REJECTED' });
    });

    it("refuses a registration answering another shopper's challenge, and a passkey registered twice", async () => {
      const shop = await createMerchant(h());
      const mei = await signUpShopper(h(), shop.handle);
      const lei = await signUpShopper(h(), shop.handle);
      const meiOptions = await post(shop.handle, '/passkeys/registration/options', {}, bearer(mei.token));
      const authenticator = new SoftwareAuthenticator(ORIGIN);
      const response = authenticator.register(json(meiOptions));
      const stolen = await post(
        shop.handle,
        '/passkeys/registration/verify',
        { response },
        bearer(lei.token),
      );
      expect(json(stolen)).toMatchObject({ code: 'PASSKEY_CHALLENGE_INVALID' });

      const first = await shopperWithPasskey(shop.handle);
      const again = await post(shop.handle, '/passkeys/registration/options', {}, bearer(first.token));
      const excluded = json<PublicKeyCredentialCreationOptionsJSON>(again).excludeCredentials ?? [];
      expect(excluded.map((c) => c.id)).toEqual([
        first.authenticator.credentials[0]?.id.toString('base64url'),
      ]);
      const duplicate = first.authenticator.register(json(again), { again: true });
      const res = await post(
        shop.handle,
        '/passkeys/registration/verify',
        { response: duplicate },
        bearer(first.token),
      );
      expect(res.statusCode).toBe(409);
      expect(json(res)).toMatchObject({ code: 'PASSKEY_ALREADY_REGISTERED' });
    });

    it('lists and removes only my own passkeys; a removed passkey no longer signs in', async () => {
      const shop = await createMerchant(h());
      const mine = await shopperWithPasskey(shop.handle);
      const theirs = await shopperWithPasskey(shop.handle);
      const del = (token: string, id: string) =>
        h().app.inject({ method: 'DELETE', url: `/api/store/passkeys/${id}`, headers: bearer(token) });
      const notMine = await del(mine.token, theirs.passkeyId);
      expect(notMine.statusCode).toBe(404);
      expect(json(notMine)).toMatchObject({ code: 'PASSKEY_NOT_FOUND' });
      expect((await del(mine.token, mine.passkeyId)).statusCode).toBe(204);
      const res = await signIn(
        shop.handle,
        mine.authenticator.authenticate(await signInOptions(shop.handle)),
      );
      expect(json(res)).toMatchObject({ code: 'PASSKEY_NOT_RECOGNISED' });
      const list = await h().app.inject({
        method: 'GET',
        url: '/api/store/passkeys',
        headers: bearer(theirs.token),
      });
      expect(json<{ items: unknown[] }>(list).items).toHaveLength(1);
    });

    it("exports a shopper's passkeys and erases them with the account", async () => {
      const shop = await createMerchant(h());
      const { customerId, authenticator } = await shopperWithPasskey(shop.handle);
      const ctx = systemCtx(h().database.db, shop.merchantId, 'test', h().privacy);
      const subject = { merchantId: shop.merchantId, customerId };
      expect(await passkeysModule.personalData?.exportSubject(ctx, subject)).toMatchObject({
        passkeys: [{ label: 'Test phone' }],
      });
      await passkeysModule.personalData?.eraseSubject(ctx, subject);
      expect(await passkeysModule.personalData?.exportSubject(ctx, subject)).toBeUndefined();
      const res = await signIn(shop.handle, authenticator.authenticate(await signInOptions(shop.handle)));
      expect(json(res)).toMatchObject({ code: 'PASSKEY_NOT_RECOGNISED' });
    });

    it('needs a signed-in shopper to register or list passkeys', async () => {
      const shop = await createMerchant(h());
      const res = await post(shop.handle, '/passkeys/registration/options');
      expect(res.statusCode).toBe(401);
      expect(json(res)).toMatchObject({ code: 'UNAUTHENTICATED' });
    });
  },
  { config: { webauthn } },
);
