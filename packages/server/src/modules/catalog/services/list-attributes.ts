import { asc, eq } from 'drizzle-orm';
import type { Ctx } from '../../../platform/index.ts';
import type { AttributeDefinitionView } from '../contracts/attribute.ts';
import { attributeDefinitions } from '../schema.ts';
import { toAttributeView } from './define-attribute.ts';

export async function listAttributes(ctx: Ctx): Promise<AttributeDefinitionView[]> {
  const rows = await ctx.db
    .select()
    .from(attributeDefinitions)
    .where(eq(attributeDefinitions.merchantId, ctx.merchantId))
    .orderBy(asc(attributeDefinitions.key));
  return rows.map(toAttributeView);
}
