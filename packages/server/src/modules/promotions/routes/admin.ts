import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { pageOf, PageQuery, unwrap, type Runtime } from '../../../platform/index.ts';
import {
  CouponTemplateInput,
  createCouponTemplate,
  disableCouponTemplate,
  getCouponTemplate,
  listCouponTemplates,
} from '../services/templates.ts';
import { CouponTemplateSchema } from '../views.ts';

const TemplateParams = Type.Object(
  { id: Type.String({ minLength: 1, maxLength: 64 }) },
  { additionalProperties: false },
);
const TemplateQuery = Type.Object(
  {
    ...PageQuery.properties,
    status: Type.Optional(Type.Union([Type.Literal('active'), Type.Literal('disabled')])),
  },
  { additionalProperties: false },
);

/** The console's coupon pages: templates with their redeemed and remaining counts. */
export const promotionsAdminRoutes: FastifyPluginAsyncTypebox<{ runtime: Runtime }> = async (app) => {
  const common = { tags: ['coupons'], security: [{ bearer: [] }] };

  app.get(
    '/coupons',
    {
      config: { permission: 'promotions:read' },
      schema: {
        ...common,
        summary: 'Coupon templates, newest first',
        querystring: TemplateQuery,
        response: { 200: pageOf(CouponTemplateSchema) },
      },
    },
    async (request) => listCouponTemplates(request.ctx, request.query),
  );

  app.post(
    '/coupons',
    {
      config: { permission: 'promotions:write' },
      schema: {
        ...common,
        summary: 'Create a coupon template',
        description:
          'fixed: amountOff minor units; percent: percentOff whole percent, rounded down to the fen, capped by maxDiscount.',
        body: CouponTemplateInput,
        response: { 201: CouponTemplateSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(unwrap(await createCouponTemplate(request.ctx, request.body))),
  );

  app.get(
    '/coupons/:id',
    {
      config: { permission: 'promotions:read' },
      schema: {
        ...common,
        summary: 'One coupon template',
        params: TemplateParams,
        response: { 200: CouponTemplateSchema },
      },
    },
    async (request) => unwrap(await getCouponTemplate(request.ctx, request.params.id)),
  );

  app.post(
    '/coupons/:id/disable',
    {
      config: { permission: 'promotions:write' },
      schema: {
        ...common,
        summary: 'Stop a coupon being claimed or redeemed',
        params: TemplateParams,
        response: { 200: CouponTemplateSchema },
      },
    },
    async (request) => unwrap(await disableCouponTemplate(request.ctx, request.params.id)),
  );
};
