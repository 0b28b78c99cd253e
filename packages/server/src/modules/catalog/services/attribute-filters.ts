import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { fail, ok, type Ctx, type Result } from '../../../platform/index.ts';
import { attributeDefinitions, products } from '../schema.ts';

/**
 * Turns `key:value` store filters into SQL. Query strings carry text, so each value is read by its
 * attribute's type; a range attribute matches when the number lies within the product's range.
 */
export async function attributeConditions(ctx: Ctx, filters: readonly string[]): Promise<Result<SQL[]>> {
  const parsed = filters.map((f) => {
    const at = f.indexOf(':');
    return at > 0 ? { key: f.slice(0, at), text: f.slice(at + 1) } : { key: f, text: '' };
  });
  if (parsed.length === 0) return ok([]);
  const definitions = await ctx.db
    .select()
    .from(attributeDefinitions)
    .where(
      and(
        eq(attributeDefinitions.merchantId, ctx.merchantId),
        inArray(
          attributeDefinitions.key,
          parsed.map((p) => p.key),
        ),
      ),
    );
  const byKey = new Map(definitions.map((d) => [d.key, d]));
  const conditions: SQL[] = [];
  for (const { key, text } of parsed) {
    const definition = byKey.get(key);
    if (!definition)
      return fail('ATTRIBUTE_NOT_DEFINED', `No attribute "${key}" is defined`, { attribute: key });
    const invalid = (expected: string) =>
      fail('ATTRIBUTE_VALUE_INVALID', `Filter on "${key}" expects ${expected}`, { attribute: key, expected });
    switch (definition.type) {
      case 'boolean': {
        if (text !== 'true' && text !== 'false') return invalid('true or false');
        conditions.push(contains(key, text === 'true'));
        break;
      }
      case 'number':
      case 'range': {
        const n = Number(text);
        if (text.trim() === '' || !Number.isFinite(n)) return invalid('a number');
        conditions.push(
          definition.type === 'number'
            ? contains(key, n)
            : sql`(${products.attributes} -> ${key} ->> 'min')::numeric <= ${n} and (${products.attributes} -> ${key} ->> 'max')::numeric >= ${n}`,
        );
        break;
      }
      default: {
        if (text === '') return invalid('a value');
        conditions.push(contains(key, text));
      }
    }
  }
  return ok(conditions);
}

// jsonb containment uses the GIN index on attributes.
function contains(key: string, value: boolean | number | string): SQL {
  return sql`${products.attributes} @> ${JSON.stringify({ [key]: value })}::jsonb`;
}
