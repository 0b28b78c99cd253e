import { Type, type Static } from 'typebox';
import type { stockLevels, stockMovements } from './schema.ts';

export const SKU_ID_PATTERN = '^sku_[0-9a-z]{26}$';

export const StockLevelSchema = Type.Object(
  {
    skuId: Type.String(),
    onHand: Type.Integer({ minimum: 0 }),
    reserved: Type.Integer({ minimum: 0 }),
    available: Type.Integer({ minimum: 0, description: 'On hand minus reserved: what can still be sold' }),
  },
  { additionalProperties: false },
);
export type StockLevel = Static<typeof StockLevelSchema>;

export const StockMovementSchema = Type.Object(
  {
    id: Type.String(),
    skuId: Type.String(),
    kind: Type.Union([
      Type.Literal('adjustment'),
      Type.Literal('reservation'),
      Type.Literal('release'),
      Type.Literal('commit'),
      Type.Literal('return'),
    ]),
    onHandDelta: Type.Integer(),
    reservedDelta: Type.Integer(),
    orderId: Type.Union([Type.String(), Type.Null()]),
    reason: Type.Union([Type.String(), Type.Null()]),
    actor: Type.String(),
    createdAt: Type.String({ format: 'date-time' }),
  },
  { additionalProperties: false },
);
export type StockMovement = Static<typeof StockMovementSchema>;

export function toStockLevel(
  row: Pick<typeof stockLevels.$inferSelect, 'skuId' | 'onHand' | 'reserved'>,
): StockLevel {
  return {
    skuId: row.skuId,
    onHand: row.onHand,
    reserved: row.reserved,
    available: row.onHand - row.reserved,
  };
}

export function toStockMovement(row: typeof stockMovements.$inferSelect): StockMovement {
  return {
    id: row.id,
    skuId: row.skuId,
    kind: row.kind,
    onHandDelta: row.onHandDelta,
    reservedDelta: row.reservedDelta,
    orderId: row.orderId,
    reason: row.reason,
    actor: row.actor,
    createdAt: row.createdAt.toISOString(),
  };
}
