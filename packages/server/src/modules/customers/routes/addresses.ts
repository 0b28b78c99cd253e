import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { unwrap, type Runtime } from '../../../platform/index.ts';
import { createAddress } from '../services/create-address.ts';
import { deleteAddress } from '../services/delete-address.ts';
import { listAddresses } from '../services/list-addresses.ts';
import { updateAddress } from '../services/update-address.ts';
import { AddressSchema } from '../views.ts';
import { AddressParams, CreateAddressBody, UpdateAddressBody } from './address-schemas.ts';

export const addressRoutes: FastifyPluginAsyncTypebox<{ runtime: Runtime }> = async (app) => {
  const common = { tags: ['customers'], security: [{ bearer: [] }] };
  const config = { shopper: true };

  app.get(
    '/addresses',
    {
      config,
      schema: {
        ...common,
        summary: 'My address book, default first',
        response: { 200: Type.Object({ items: Type.Array(AddressSchema) }, { additionalProperties: false }) },
      },
    },
    async (request) => ({ items: await listAddresses(request.ctx) }),
  );

  app.post(
    '/addresses',
    {
      config,
      schema: {
        ...common,
        summary: 'Add an address',
        body: CreateAddressBody,
        response: { 201: AddressSchema },
      },
    },
    async (request, reply) => reply.code(201).send(unwrap(await createAddress(request.ctx, request.body))),
  );

  app.patch(
    '/addresses/:id',
    {
      config,
      schema: {
        ...common,
        summary: 'Edit an address',
        params: AddressParams,
        body: UpdateAddressBody,
        response: { 200: AddressSchema },
      },
    },
    async (request) => unwrap(await updateAddress(request.ctx, request.params.id, request.body)),
  );

  app.delete(
    '/addresses/:id',
    {
      config,
      schema: {
        ...common,
        summary: 'Remove an address',
        params: AddressParams,
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      unwrap(await deleteAddress(request.ctx, request.params.id));
      return reply.code(204).send(null);
    },
  );
};
