import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Runtime } from '../../../platform/index.ts';
import { getAvailability } from '../services/get-availability.ts';
import { SkuIdsQuery, splitSkuIds } from './sku-params.ts';

const Availability = Type.Object(
  {
    items: Type.Array(
      Type.Object(
        { skuId: Type.String(), available: Type.Integer({ minimum: 0 }) },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);

export const inventoryStoreRoutes: FastifyPluginAsyncTypebox<{ runtime: Runtime }> = async (app) => {
  app.get(
    '/availability',
    {
      schema: {
        tags: ['inventory'],
        summary: 'Units of each SKU that can still be bought',
        querystring: SkuIdsQuery,
        response: { 200: Availability },
      },
    },
    async (request) => {
      const available = await getAvailability(request.ctx, splitSkuIds(request.query.skuIds));
      return { items: [...available].map(([skuId, n]) => ({ skuId, available: n })) };
    },
  );
};
