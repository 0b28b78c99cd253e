import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { AppError, pageOf, PageQuery, unwrap, type Ctx, type Runtime } from '../../../platform/index.ts';
import { priceSkus } from '../../catalog/index.ts';
import { MAX_ON_HAND, MAX_REASON_LENGTH } from '../limits.ts';
import { adjustStock } from '../services/adjust-stock.ts';
import { getStockLevels } from '../services/get-availability.ts';
import { listStockMovements } from '../services/list-movements.ts';
import { setStock } from '../services/set-stock.ts';
import { StockLevelSchema, StockMovementSchema } from '../views.ts';
import { SkuIdsQuery, SkuParams, splitSkuIds } from './sku-params.ts';

const SetStockBody = Type.Object(
  { onHand: Type.Integer({ minimum: 0, maximum: MAX_ON_HAND }) },
  { additionalProperties: false },
);

const AdjustStockBody = Type.Object(
  {
    delta: Type.Integer({
      minimum: -MAX_ON_HAND,
      maximum: MAX_ON_HAND,
      not: Type.Literal(0),
      description: 'Units added (positive) or removed (negative)',
    }),
    reason: Type.String({
      minLength: 1,
      maxLength: MAX_REASON_LENGTH,
      description: 'Kept in the stock ledger',
    }),
  },
  { additionalProperties: false },
);

/**
 * Stock is kept for this merchant's catalog SKUs only. Without this check a stock take for another
 * merchant's SKU id (or a mistyped one) answered 200 and created a stock row nobody can sell.
 */
async function requireCatalogSku(ctx: Ctx, skuId: string): Promise<void> {
  const [sku] = await priceSkus(ctx, [skuId]);
  if (!sku) throw new AppError('SKU_NOT_FOUND');
}

export const inventoryAdminRoutes: FastifyPluginAsyncTypebox<{ runtime: Runtime }> = async (app) => {
  const common = { tags: ['inventory'], security: [{ bearer: [] }] };
  const catalogSku = {
    preHandler: async (request: FastifyRequest) =>
      requireCatalogSku(request.ctx, (request.params as { skuId: string }).skuId),
  };

  app.get(
    '/inventory',
    {
      config: { permission: 'inventory:read' },
      schema: {
        ...common,
        summary: 'Stock levels of some SKUs',
        querystring: SkuIdsQuery,
        response: {
          200: Type.Object({ items: Type.Array(StockLevelSchema) }, { additionalProperties: false }),
        },
      },
    },
    async (request) => ({ items: await getStockLevels(request.ctx, splitSkuIds(request.query.skuIds)) }),
  );

  app.put(
    '/inventory/:skuId',
    {
      config: { permission: 'inventory:write' },
      ...catalogSku,
      schema: {
        ...common,
        summary: "Set a SKU's on-hand count (stock take)",
        params: SkuParams,
        body: SetStockBody,
        response: { 200: StockLevelSchema },
      },
    },
    async (request) => unwrap(await setStock(request.ctx, request.params.skuId, request.body.onHand)),
  );

  app.post(
    '/inventory/:skuId/adjust',
    {
      config: { permission: 'inventory:write' },
      ...catalogSku,
      schema: {
        ...common,
        summary: "Add or remove units of a SKU's stock",
        params: SkuParams,
        body: AdjustStockBody,
        response: { 200: StockLevelSchema },
      },
    },
    async (request) =>
      unwrap(await adjustStock(request.ctx, request.params.skuId, request.body.delta, request.body.reason)),
  );

  app.get(
    '/inventory/:skuId/movements',
    {
      config: { permission: 'inventory:read' },
      ...catalogSku,
      schema: {
        ...common,
        summary: "A SKU's stock ledger, newest first",
        params: SkuParams,
        querystring: PageQuery,
        response: { 200: pageOf(StockMovementSchema) },
      },
    },
    async (request) =>
      listStockMovements(request.ctx, request.params.skuId, {
        limit: request.query.limit ?? 20,
        cursor: request.query.cursor,
      }),
  );
};
