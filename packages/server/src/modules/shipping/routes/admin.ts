import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { unwrap, type Runtime } from '../../../platform/index.ts';
import { RateTemplateInput, RateTemplateView, ShipmentView, TrackingEventInput } from '../contracts.ts';
import { addTrackingEvent } from '../services/add-tracking-event.ts';
import { createTemplate } from '../services/create-template.ts';
import { deleteTemplate } from '../services/delete-template.ts';
import { getTemplate, listTemplates } from '../services/list-templates.ts';
import { listShipments } from '../services/list-shipments.ts';
import { updateTemplate } from '../services/update-template.ts';

const read = { permission: 'orders:read' } as const;
const write = { permission: 'shipping:write' } as const;
const tags = ['shipping'];
const security = [{ bearer: [] }];
const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) });
const Items = <T extends Parameters<typeof Type.Array>[0]>(item: T) =>
  Type.Object({ items: Type.Array(item) });

export const adminShippingRoutes: FastifyPluginAsyncTypebox<{ runtime: Runtime }> = async (app) => {
  app.get(
    '/shipping/templates',
    {
      config: read,
      schema: {
        tags,
        security,
        summary: 'Shipping rate templates',
        response: { 200: Items(RateTemplateView) },
      },
    },
    async (request) => ({ items: await listTemplates(request.ctx) }),
  );

  app.post(
    '/shipping/templates',
    {
      config: write,
      schema: {
        tags,
        security,
        summary: 'Create a rate template',
        body: RateTemplateInput,
        response: { 201: RateTemplateView },
      },
    },
    async (request, reply) => reply.code(201).send(unwrap(await createTemplate(request.ctx, request.body))),
  );

  app.get(
    '/shipping/templates/:id',
    {
      config: read,
      schema: {
        tags,
        security,
        summary: 'A rate template',
        params: IdParams,
        response: { 200: RateTemplateView },
      },
    },
    async (request) => unwrap(await getTemplate(request.ctx, request.params.id)),
  );

  app.put(
    '/shipping/templates/:id',
    {
      config: write,
      schema: {
        tags,
        security,
        summary: 'Replace a rate template (isDefault: true makes it the default)',
        params: IdParams,
        body: RateTemplateInput,
        response: { 200: RateTemplateView },
      },
    },
    async (request) => unwrap(await updateTemplate(request.ctx, request.params.id, request.body)),
  );

  app.delete(
    '/shipping/templates/:id',
    {
      config: write,
      schema: {
        tags,
        security,
        summary: 'Delete a rate template',
        params: IdParams,
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      unwrap(await deleteTemplate(request.ctx, request.params.id));
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/shipments',
    {
      config: read,
      schema: {
        tags,
        security,
        summary: "An order's shipments with their tracking",
        querystring: Type.Object(
          { orderId: Type.String({ minLength: 1, maxLength: 64 }) },
          { additionalProperties: false },
        ),
        response: { 200: Items(ShipmentView) },
      },
    },
    async (request) => ({ items: await listShipments(request.ctx, request.query.orderId) }),
  );

  app.post(
    '/shipments/:id/events',
    {
      config: write,
      schema: {
        tags,
        security,
        summary: 'Record a carrier tracking scan',
        params: IdParams,
        body: TrackingEventInput,
        response: { 200: ShipmentView },
      },
    },
    async (request) => unwrap(await addTrackingEvent(request.ctx, request.params.id, request.body)),
  );
};
