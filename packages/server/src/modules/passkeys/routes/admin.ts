import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AuthenticationResponseJSON } from '@simplewebauthn/server';
import { Type } from 'typebox';
import { AppError, unwrap, withMerchant, type Runtime } from '../../../platform/index.ts';
import { permissionsOf, resolveMerchant, SignedInSchema } from '../../staff/index.ts';
import { startAuthentication } from '../services/authentication.ts';
import { signInStaffWithPasskey } from '../services/sign-in.ts';
import { ownPasskeyRoutes } from './own-passkeys.ts';
import { AuthenticationOptionsSchema, AuthenticationResponseSchema } from './schemas.ts';

const OptionsBody = Type.Object(
  {
    merchant: Type.Optional(
      Type.String({ maxLength: 40, description: 'Merchant handle; the default merchant if absent' }),
    ),
  },
  { additionalProperties: false },
);

/** Staff passkeys: any signed-in staff member manages their own; signing in with one is public. */
export const adminPasskeyRoutes: FastifyPluginAsyncTypebox<{ runtime: Runtime }> = async (app, opts) => {
  const rp = opts.runtime.config.webauthn;
  await app.register(ownPasskeyRoutes, { runtime: opts.runtime, config: { anyStaff: true } });

  app.post(
    '/passkeys/authentication/options',
    {
      config: { public: true },
      schema: {
        tags: ['passkeys'],
        summary: 'Start signing in with a passkey',
        description: 'Usernameless. The answer signs in at the merchant named here.',
        body: OptionsBody,
        response: { 200: AuthenticationOptionsSchema },
      },
    },
    async (request) => {
      const handle = request.body.merchant;
      const merchantId =
        handle === undefined ? request.ctx.merchantId : await resolveMerchant(request.ctx.db, handle);
      if (!merchantId) throw new AppError('MERCHANT_NOT_FOUND');
      return startAuthentication(withMerchant(request.ctx, merchantId), rp, 'staff');
    },
  );

  app.post(
    '/passkeys/authentication/verify',
    {
      config: { public: true },
      schema: {
        tags: ['passkeys'],
        summary: 'Sign in with a passkey',
        description: 'Answers like password sign-in, at the merchant the options were asked for.',
        body: Type.Object({ response: AuthenticationResponseSchema }, { additionalProperties: false }),
        response: { 200: SignedInSchema },
      },
    },
    async (request) => {
      const response = request.body.response as AuthenticationResponseJSON;
      const signedIn = unwrap(await signInStaffWithPasskey(request.ctx, rp, response));
      return { ...signedIn, permissions: permissionsOf(signedIn.staff.role) };
    },
  );
};
