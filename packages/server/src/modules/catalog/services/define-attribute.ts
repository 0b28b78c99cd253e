import { and, eq } from 'drizzle-orm';
import { fail, inTransaction, ok, type Ctx, type Result } from '../../../platform/index.ts';
import { checkInput } from '../contracts/common.ts';
import {
  AttributeDefinitionInput,
  AttributeKey,
  type AttributeDefinitionView,
} from '../contracts/attribute.ts';
import { attributeDefinitions, type AttributeDefinitionRow } from '../schema.ts';
import { productsMisfitting } from './attribute-usage.ts';

export function toAttributeView(row: AttributeDefinitionRow): AttributeDefinitionView {
  return {
    key: row.key,
    type: row.type,
    unit: row.unit,
    label: {
      ...(row.labelZh !== null ? { 'zh-CN': row.labelZh } : {}),
      ...(row.labelEn !== null ? { en: row.labelEn } : {}),
    },
    options: row.options,
  };
}

/**
 * Defines or redefines a product attribute. A redefinition that existing product values no longer fit
 * (another type, a removed enum option) is refused rather than leaving invalid data behind.
 */
export async function defineAttribute(
  ctx: Ctx,
  key: string,
  raw: AttributeDefinitionInput,
): Promise<Result<AttributeDefinitionView>> {
  const keyCheck = checkInput(AttributeKey, key);
  if (!keyCheck.ok) return keyCheck;
  const parsed = checkInput(AttributeDefinitionInput, raw);
  if (!parsed.ok) return parsed;
  const input = parsed.value;
  const options = input.type === 'enum' ? (input.options ?? []) : [];
  if (input.type === 'enum' && options.length === 0) {
    return fail('VALIDATION_FAILED', 'An enum attribute needs at least one option');
  }
  if (input.type !== 'enum' && input.options && input.options.length > 0) {
    return fail('VALIDATION_FAILED', 'Only enum attributes have options');
  }
  const values = {
    type: input.type,
    unit: input.unit ?? null,
    labelZh: input.label['zh-CN'] ?? null,
    labelEn: input.label.en ?? null,
    options,
  };
  return inTransaction(ctx, async (tx) => {
    const [created] = await tx.db
      .insert(attributeDefinitions)
      .values({ merchantId: ctx.merchantId, key, ...values })
      .onConflictDoNothing()
      .returning();
    if (created) return ok(toAttributeView(created));
    const where = and(eq(attributeDefinitions.merchantId, ctx.merchantId), eq(attributeDefinitions.key, key));
    // Waits for product writes that validated against the old definition, so the scan below sees them.
    await tx.db
      .select({ key: attributeDefinitions.key })
      .from(attributeDefinitions)
      .where(where)
      .for('update');
    const misfits = await productsMisfitting(tx, key, values);
    if (misfits.length > 0) {
      return fail('ATTRIBUTE_IN_USE', `${misfits.length} or more products hold values that would not fit`, {
        attribute: key,
        productIds: misfits,
      });
    }
    const [row] = await tx.db
      .update(attributeDefinitions)
      .set({ ...values, updatedAt: new Date() })
      .where(where)
      .returning();
    return ok(toAttributeView(row!));
  });
}
