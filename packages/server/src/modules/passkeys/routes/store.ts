import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AuthenticationResponseJSON, RegistrationResponseJSON } from '@simplewebauthn/server';
import { Type } from 'typebox';
import { unwrap, type Runtime } from '../../../platform/index.ts';
import { CustomerSchema } from '../../customers/index.ts';
import { startAuthentication } from '../services/authentication.ts';
import { deletePasskey, listPasskeys } from '../services/manage.ts';
import { finishRegistration, startRegistration } from '../services/registration.ts';
import { signInShopperWithPasskey } from '../services/sign-in.ts';
import { PasskeySchema } from '../views.ts';
import {
  AuthenticationOptionsSchema,
  AuthenticationResponseSchema,
  PasskeyParams,
  RegisterBody,
  RegistrationOptionsSchema,
} from './schemas.ts';

const SignedIn = Type.Object(
  { token: Type.String(), customer: CustomerSchema },
  { additionalProperties: false },
);
const PasskeyList = Type.Object({ items: Type.Array(PasskeySchema) }, { additionalProperties: false });

/** Shoppers' passkeys: registering one while signed in, and signing in with one (no email, no password). */
export const storePasskeyRoutes: FastifyPluginAsyncTypebox<{ runtime: Runtime }> = async (app, opts) => {
  const rp = opts.runtime.config.webauthn;
  const mine = { tags: ['passkeys'], security: [{ bearer: [] }] };

  app.post(
    '/passkeys/registration/options',
    {
      config: { shopper: true },
      schema: {
        ...mine,
        summary: 'Start adding a passkey to my account',
        response: { 200: RegistrationOptionsSchema },
      },
    },
    async (request) => unwrap(await startRegistration(request.ctx, rp)),
  );

  app.post(
    '/passkeys/registration/verify',
    {
      config: { shopper: true },
      schema: {
        ...mine,
        summary: 'Finish adding a passkey',
        body: RegisterBody,
        response: { 201: PasskeySchema },
      },
    },
    async (request, reply) => {
      const { response, label } = request.body;
      const input = { response: response as RegistrationResponseJSON, label };
      return reply.code(201).send(unwrap(await finishRegistration(request.ctx, rp, input)));
    },
  );

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

  app.get(
    '/passkeys',
    {
      config: { shopper: true },
      schema: { ...mine, summary: 'My passkeys', response: { 200: PasskeyList } },
    },
    async (request) => ({ items: await listPasskeys(request.ctx) }),
  );

  app.delete(
    '/passkeys/:id',
    {
      config: { shopper: true },
      schema: {
        ...mine,
        summary: 'Remove one of my passkeys',
        params: PasskeyParams,
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      unwrap(await deletePasskey(request.ctx, request.params.id));
      return reply.code(204).send(null);
    },
  );
};
