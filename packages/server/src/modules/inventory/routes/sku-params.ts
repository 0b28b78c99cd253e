import { Type } from 'typebox';
import { MAX_SKU_IDS } from '../limits.ts';
import { SKU_ID_PATTERN } from '../views.ts';

const SKU_ID = SKU_ID_PATTERN.slice(1, -1);

export const SkuIdsQuery = Type.Object(
  {
    skuIds: Type.String({
      pattern: `^${SKU_ID}(,${SKU_ID}){0,${MAX_SKU_IDS - 1}}$`,
      maxLength: MAX_SKU_IDS * 31,
      description: `Comma-separated SKU ids, at most ${MAX_SKU_IDS}`,
    }),
  },
  { additionalProperties: false },
);

export const SkuParams = Type.Object(
  { skuId: Type.String({ pattern: SKU_ID_PATTERN, maxLength: 30 }) },
  { additionalProperties: false },
);

export const splitSkuIds = (skuIds: string): string[] => skuIds.split(',');
