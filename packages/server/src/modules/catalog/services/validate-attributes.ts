import { and, eq, inArray } from 'drizzle-orm';
import { fail, ok, type Ctx, type Result } from '../../../platform/index.ts';
import { attributeDefinitions, type AttributeDefinitionRow, type AttributeValue } from '../schema.ts';

type Definition = Pick<AttributeDefinitionRow, 'type' | 'options'>;

/** Says what the definition expects when the value does not fit it; undefined when it fits. */
export function misfit(definition: Definition, value: AttributeValue): string | undefined {
  switch (definition.type) {
    case 'boolean':
      return typeof value === 'boolean' ? undefined : 'true or false';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? undefined : 'a number';
    case 'text':
      return typeof value === 'string' ? undefined : 'a string';
    case 'enum':
      return typeof value === 'string' && definition.options.includes(value)
        ? undefined
        : `one of: ${definition.options.join(', ')}`;
    case 'range':
      return typeof value === 'object' && value !== null && value.min <= value.max
        ? undefined
        : 'an object { min, max } with min <= max';
  }
}

/** Product attribute values must name defined attributes and fit their types; checked before any write. */
export async function validateAttributes(
  ctx: Ctx,
  values: Record<string, AttributeValue>,
): Promise<Result<void>> {
  const keys = Object.keys(values);
  if (keys.length === 0) return ok(undefined);
  const rows = await ctx.db
    .select()
    .from(attributeDefinitions)
    .where(and(eq(attributeDefinitions.merchantId, ctx.merchantId), inArray(attributeDefinitions.key, keys)))
    // Held until the product write commits, so a concurrent redefinition waits and then sees our values.
    .for('share');
  const byKey = new Map(rows.map((r) => [r.key, r]));
  for (const key of keys) {
    const definition = byKey.get(key);
    if (!definition)
      return fail('ATTRIBUTE_NOT_DEFINED', `No attribute "${key}" is defined`, { attribute: key });
    const expected = misfit(definition, values[key] as AttributeValue);
    if (expected) {
      return fail('ATTRIBUTE_VALUE_INVALID', `Attribute "${key}" expects ${expected}`, {
        attribute: key,
        expected,
      });
    }
  }
  return ok(undefined);
}
