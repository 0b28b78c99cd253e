import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AuthenticationResponseJSON, RegistrationResponseJSON } from '@simplewebauthn/server';
import { Type } from 'typebox';
import { AppError, unwrap, withMerchant, type Runtime } from '../../../platform/index.ts';
import { MerchantSchema, resolveMerchant, StaffSchema } from '../../staff/index.ts';
import { startAuthentication } from '../services/authentication.ts';
import { deletePasskey, listPasskeys } from '../services/manage.ts';
import { finishRegistration, startRegistration } from '../services/registration.ts';
import { signInStaffWithPasskey } from '../services/sign-in.ts';
import { PasskeySchema } from '../views.ts';
import {
  AuthenticationOptionsSchema,
  AuthenticationResponseSchema,
  PasskeyParams,
  RegisterBody,
  RegistrationOptionsSchema,
} from './schemas.ts';

const SignedIn = Type.Object(
  { token: Type.String(), staff: StaffSchema, merchant: MerchantSchema },
  { additionalProperties: false },
);
const PasskeyList = Type.Object({ items: Type.Array(PasskeySchema) }, { additionalProperties: false });
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
  const mine = { tags: ['passkeys'], security: [{ bearer: [] }] };

  app.post(
    '/passkeys/registration/options',
    {
      config: { anyStaff: true },
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
      config: { anyStaff: true },
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
        response: { 200: SignedIn },
      },
    },
    async (request) => {
      const response = request.body.response as AuthenticationResponseJSON;
      return unwrap(await signInStaffWithPasskey(request.ctx, rp, response));
    },
  );

  app.get(
    '/passkeys',
    {
      config: { anyStaff: true },
      schema: { ...mine, summary: 'My passkeys', response: { 200: PasskeyList } },
    },
    async (request) => ({ items: await listPasskeys(request.ctx) }),
  );

  app.delete(
    '/passkeys/:id',
    {
      config: { anyStaff: true },
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
