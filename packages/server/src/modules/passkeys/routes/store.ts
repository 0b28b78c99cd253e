import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AuthenticationResponseJSON } from '@simplewebauthn/server';
import { Type } from 'typebox';
import { unwrap, type Runtime } from '../../../platform/index.ts';
import { CustomerSchema } from '../../customers/index.ts';
import { startAuthentication } from '../services/authentication.ts';
import { signInShopperWithPasskey } from '../services/sign-in.ts';
import { ownPasskeyRoutes } from './own-passkeys.ts';
import { AuthenticationOptionsSchema, AuthenticationResponseSchema } from './schemas.ts';

const SignedIn = Type.Object(
  { token: Type.String(), customer: CustomerSchema },
  { additionalProperties: false },
);

/** Shoppers' passkeys: registering one while signed in, and signing in with one (no email, no password). */
export const storePasskeyRoutes: FastifyPluginAsyncTypebox<{ runtime: Runtime }> = async (app, opts) => {
  const rp = opts.runtime.config.webauthn;
  await app.register(ownPasskeyRoutes, { runtime: opts.runtime, config: { shopper: true } });

  app.post(
    '/passkeys/authentication/options',
    {
      schema: {
        tags: ['passkeys'],
        summary: 'Start signing in with a passkey',
        description:
          'Usernameless: the device offers the passkeys it holds for this site. Challenges last 5 minutes.',
        response: { 200: AuthenticationOptionsSchema },
      },
    },
    async (request) => startAuthentication(request.ctx, rp, 'customer'),
  );

  app.post(
    '/passkeys/authentication/verify',
    {
      schema: {
        tags: ['passkeys'],
        summary: 'Sign in with a passkey',
        description:
          'Answers like password sign-in. Send the guest cart in the x-cart-token header to have it merged into the account.',
        body: Type.Object({ response: AuthenticationResponseSchema }, { additionalProperties: false }),
        response: { 200: SignedIn },
      },
    },
    async (request) => {
      const response = request.body.response as AuthenticationResponseJSON;
      return unwrap(await signInShopperWithPasskey(request.ctx, rp, response));
    },
  );
};
