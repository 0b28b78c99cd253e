import type {
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
} from '@simplewebauthn/server';
import { expect, it } from 'vitest';
import { systemCtx } from '../../platform/index.ts';
import { createMerchant, signUpShopper } from '../../testing/fixtures.ts';
import { bearer, describeEachDatabase, json } from '../../testing/harness.ts';
import { freezeStaff } from '../staff/index.ts';
import { SoftwareAuthenticator } from './testing/software-authenticator.ts';

const ORIGIN = 'https://console.shop.example';
const webauthn = { rpId: 'shop.example', rpName: 'Test shop', origins: ['https://shop.example', ORIGIN] };

describeEachDatabase(
  'staff passkeys',
  (h) => {
    const admin = (url: string, payload: unknown = {}, token?: string) =>
      h().app.inject({
        method: 'POST',
        url: `/api/admin${url}`,
        headers: token ? bearer(token) : {},
        payload: payload as Record<string, unknown>,
      });

    async function registerPasskey(token: string, authenticator = new SoftwareAuthenticator(ORIGIN)) {
      const options = await admin('/passkeys/registration/options', {}, token);
      expect(options.statusCode, options.body).toBe(200);
      const response = authenticator.register(json<PublicKeyCredentialCreationOptionsJSON>(options));
      const verified = await admin('/passkeys/registration/verify', { response }, token);
      expect(verified.statusCode, verified.body).toBe(201);
      return authenticator;
    }

    async function signInOptions(merchant?: string): Promise<PublicKeyCredentialRequestOptionsJSON> {
      const res = await admin('/passkeys/authentication/options', merchant ? { merchant } : {});
      expect(res.statusCode, res.body).toBe(200);
      return json<PublicKeyCredentialRequestOptionsJSON>(res);
    }

    it('signs a staff member in with a passkey at the merchant named in the options', async () => {
      await createMerchant(h()); // the default merchant
      const shop = await createMerchant(h());
      const authenticator = await registerPasskey(shop.ownerToken);
      const res = await admin('/passkeys/authentication/verify', {
        response: authenticator.authenticate(await signInOptions(shop.handle)),
      });
      expect(res.statusCode, res.body).toBe(200);
      const body = json<{
        token: string;
        staff: { role: string };
        merchant: { id: string };
        permissions: string[];
      }>(res);
      expect(body).toMatchObject({ staff: { role: 'owner' }, merchant: { id: shop.merchantId } });
      expect(body.permissions).toContain('staff:manage');
      const me = await h().app.inject({ method: 'GET', url: '/api/admin/me', headers: bearer(body.token) });
      expect(me.statusCode).toBe(200);
      expect(json(me)).toMatchObject({ merchant: { handle: shop.handle } });
      // At the default merchant the same passkey is nobody.
      const elsewhere = await admin('/passkeys/authentication/verify', {
        response: authenticator.authenticate(await signInOptions()),
      });
      expect(json(elsewhere)).toMatchObject({ code: 'PASSKEY_NOT_RECOGNISED' });
    });

    it('refuses a disabled staff member, whose passkey stays registered', async () => {
      const shop = await createMerchant(h());
      const staff = await admin(
        '/staff',
        { email: 'op@x.test', displayName: 'Op', role: 'operator', password: 'sunflower-kettle-42' },
        shop.ownerToken,
      );
      expect(staff.statusCode, staff.body).toBe(201);
      const staffId = json<{ id: string }>(staff).id;
      const signedIn = await admin('/auth/sign-in', {
        merchant: shop.handle,
        email: 'op@x.test',
        password: 'sunflower-kettle-42',
      });
      const authenticator = await registerPasskey(json<{ token: string }>(signedIn).token);
      const disable = await h().app.inject({
        method: 'PATCH',
        url: `/api/admin/staff/${staffId}`,
        headers: bearer(shop.ownerToken),
        payload: { status: 'disabled' },
      });
      expect(disable.statusCode, disable.body).toBe(200);
      const res = await admin('/passkeys/authentication/verify', {
        response: authenticator.authenticate(await signInOptions(shop.handle)),
      });
      expect(res.statusCode).toBe(401);
      expect(json(res)).toMatchObject({ code: 'PASSKEY_NOT_RECOGNISED' });
    });

    it('refuses a frozen staff member (an access anomaly froze the account)', async () => {
      const shop = await createMerchant(h());
      const authenticator = await registerPasskey(shop.ownerToken);
      const me = await h().app.inject({
        method: 'GET',
        url: '/api/admin/me',
        headers: bearer(shop.ownerToken),
      });
      const staffId = json<{ staff: { id: string } }>(me).staff.id;
      expect(
        await freezeStaff(systemCtx(h().database.db, shop.merchantId, 'test', h().privacy), staffId),
      ).toBe(true);
      const res = await admin('/passkeys/authentication/verify', {
        response: authenticator.authenticate(await signInOptions(shop.handle)),
      });
      expect(res.statusCode).toBe(401);
      expect(json(res)).toMatchObject({ code: 'PASSKEY_NOT_RECOGNISED' });
    });

    it("does not let a shopper's passkey or a store challenge into the console", async () => {
      const shop = await createMerchant(h());
      const shopper = await signUpShopper(h(), shop.handle);
      const store = (url: string, payload: unknown = {}, token?: string) =>
        h().app.inject({
          method: 'POST',
          url: `/api/store${url}`,
          headers: { 'x-hexamall-merchant': shop.handle, ...(token ? bearer(token) : {}) },
          payload: payload as Record<string, unknown>,
        });
      const authenticator = new SoftwareAuthenticator('https://shop.example');
      const options = await store('/passkeys/registration/options', {}, shopper.token);
      const response = authenticator.register(json(options));
      expect((await store('/passkeys/registration/verify', { response }, shopper.token)).statusCode).toBe(
        201,
      );

      const asStaff = await admin('/passkeys/authentication/verify', {
        response: authenticator.authenticate(await signInOptions(shop.handle)),
      });
      expect(json(asStaff)).toMatchObject({ code: 'PASSKEY_NOT_RECOGNISED' });
      const storeOptions = json<PublicKeyCredentialRequestOptionsJSON>(
        await store('/passkeys/authentication/options'),
      );
      const crossed = await admin('/passkeys/authentication/verify', {
        response: authenticator.authenticate(storeOptions),
      });
      expect(json(crossed)).toMatchObject({ code: 'PASSKEY_CHALLENGE_INVALID' });
    });

    it('answers MERCHANT_NOT_FOUND for options at an unknown merchant, and lists my passkeys', async () => {
      const res = await admin('/passkeys/authentication/options', { merchant: 'no-such-shop' });
      expect(res.statusCode).toBe(404);
      expect(json(res)).toMatchObject({ code: 'MERCHANT_NOT_FOUND' });
      const shop = await createMerchant(h());
      await registerPasskey(shop.ownerToken);
      const list = await h().app.inject({
        method: 'GET',
        url: '/api/admin/passkeys',
        headers: bearer(shop.ownerToken),
      });
      expect(json<{ items: unknown[] }>(list).items).toHaveLength(1);
    });
  },
  { config: { webauthn } },
);
