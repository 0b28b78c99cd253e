import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { unwrap, type Runtime } from '../../../platform/index.ts';
import { AttributeDefinitionInput, AttributeDefinitionView } from '../contracts/attribute.ts';
import { defineAttribute } from '../services/define-attribute.ts';
import { deleteAttribute } from '../services/delete-attribute.ts';
import { listAttributes } from '../services/list-attributes.ts';
import { KeyParams, NoContent } from './params.ts';

const tags = ['catalog'];
const security = [{ bearer: [] }];

export const adminAttributeRoutes: FastifyPluginAsyncTypebox<{ runtime: Runtime }> = async (app) => {
  app.get(
    '/attributes',
    {
      config: { permission: 'catalog:read' },
      schema: {
        tags,
        security,
        summary: 'The product attributes this shop defines',
        response: { 200: Type.Object({ items: Type.Array(AttributeDefinitionView) }) },
      },
    },
    async (request) => ({ items: await listAttributes(request.ctx) }),
  );

  app.put(
    '/attributes/:key',
    {
      config: { permission: 'catalog:write' },
      schema: {
        tags,
        security,
        summary: 'Define or redefine a product attribute',
        params: KeyParams,
        body: AttributeDefinitionInput,
        response: { 200: AttributeDefinitionView },
      },
    },
    async (request) => unwrap(await defineAttribute(request.ctx, request.params.key, request.body)),
  );

  app.delete(
    '/attributes/:key',
    {
      config: { permission: 'catalog:write' },
      schema: {
        tags,
        security,
        summary: 'Delete an attribute no product uses',
        params: KeyParams,
        response: { 204: NoContent },
      },
    },
    async (request, reply) => {
      unwrap(await deleteAttribute(request.ctx, request.params.key));
      return reply.code(204).send(null);
    },
  );
};
