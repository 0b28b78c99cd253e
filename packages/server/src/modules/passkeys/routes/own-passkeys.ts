import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyContextConfig } from 'fastify';
import type { RegistrationResponseJSON } from '@simplewebauthn/server';
import { Type } from 'typebox';
import { unwrap, type Runtime } from '../../../platform/index.ts';
import { deletePasskey, listPasskeys } from '../services/manage.ts';
import { finishRegistration, startRegistration } from '../services/registration.ts';
import { PasskeySchema } from '../views.ts';
import { PasskeyParams, RegisterBody, RegistrationOptionsSchema } from './schemas.ts';

const PasskeyList = Type.Object({ items: Type.Array(PasskeySchema) }, { additionalProperties: false });

/**
 * Adding, listing and removing the caller's own passkeys: the same routes for shoppers and staff, the
 * scope's `config` saying who may call them (`{ shopper: true }` or `{ anyStaff: true }`).
 */
export const ownPasskeyRoutes: FastifyPluginAsyncTypebox<{
  runtime: Runtime;
  config: { shopper: true } | { anyStaff: true };
}> = async (app, opts) => {
  const rp = opts.runtime.config.webauthn;
  const config: FastifyContextConfig = opts.config;
  const mine = { tags: ['passkeys'], security: [{ bearer: [] }] };

  app.post(
    '/passkeys/registration/options',
    {
      config,
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
      config,
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

  app.get(
    '/passkeys',
    { config, schema: { ...mine, summary: 'My passkeys', response: { 200: PasskeyList } } },
    async (request) => ({ items: await listPasskeys(request.ctx) }),
  );

  app.delete(
    '/passkeys/:id',
    {
      config,
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
