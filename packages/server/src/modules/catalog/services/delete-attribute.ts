import { and, eq } from 'drizzle-orm';
import { fail, inTransaction, ok, type Ctx, type Result } from '../../../platform/index.ts';
import { attributeDefinitions } from '../schema.ts';
import { productsMisfitting } from './attribute-usage.ts';

/** Only an attribute no product holds a value for can go; otherwise those values would lose their meaning. */
export async function deleteAttribute(ctx: Ctx, key: string): Promise<Result<void>> {
  return inTransaction(ctx, async (tx) => {
    const where = and(eq(attributeDefinitions.merchantId, ctx.merchantId), eq(attributeDefinitions.key, key));
    const [current] = await tx.db
      .select({ key: attributeDefinitions.key })
      .from(attributeDefinitions)
      .where(where)
      .for('update');
    if (!current) return fail('NOT_FOUND', `No attribute "${key}" is defined`);
    const holders = await productsMisfitting(tx, key, undefined);
    if (holders.length > 0)
      return fail('ATTRIBUTE_IN_USE', undefined, { attribute: key, productIds: holders });
    await tx.db.delete(attributeDefinitions).where(where);
    return ok(undefined);
  });
}
