import { and, eq, sql } from 'drizzle-orm';
import type { Ctx } from '../../../platform/index.ts';
import { products, type AttributeDefinitionRow } from '../schema.ts';
import { misfit } from './validate-attributes.ts';

/** Ids of products (a few, for the error) whose value for `key` would not fit `definition`; all holders when absent. */
export async function productsMisfitting(
  tx: Ctx,
  key: string,
  definition: Pick<AttributeDefinitionRow, 'type' | 'options'> | undefined,
): Promise<string[]> {
  const holders = await tx.db
    .select({ id: products.id, attributes: products.attributes })
    .from(products)
    .where(and(eq(products.merchantId, tx.merchantId), sql`${products.attributes} -> ${key} is not null`));
  return holders
    .filter((p) => !definition || misfit(definition, p.attributes[key]!) !== undefined)
    .slice(0, 20)
    .map((p) => p.id);
}
