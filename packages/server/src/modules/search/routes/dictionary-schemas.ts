import { Type, type TSchema } from 'typebox';
import { Compile } from 'typebox/compile';
import type { DictionaryKind } from '../understanding/dictionaries.ts';

const Text = Type.String({ minLength: 1, maxLength: 60 });
const Terms = Type.Array(Text, { minItems: 1, maxItems: 50 });
const Label = Type.Object({ 'zh-CN': Text, en: Text }, { additionalProperties: false });
const Mode = Type.Union([Type.Literal('filter'), Type.Literal('boost')]);
const AttributeKey = Type.String({ pattern: '^[a-z][a-z0-9_]{0,39}$' });
const Value = Type.Union([Type.Boolean(), Type.Number(), Type.String({ minLength: 1, maxLength: 100 })]);

/** The shape of each kind of dictionary entry (the key comes from the path). */
export const ENTRY_SCHEMAS: Record<DictionaryKind, TSchema> = {
  synonyms: Type.Object(
    { terms: Type.Array(Text, { minItems: 2, maxItems: 50 }) },
    { additionalProperties: false },
  ),
  categories: Type.Object(
    { label: Label, terms: Terms, include: Terms, exclude: Type.Array(Text, { maxItems: 50 }) },
    { additionalProperties: false },
  ),
  scenes: Type.Object(
    {
      label: Label,
      terms: Terms,
      implies: Type.Array(AttributeKey, { maxItems: 20 }),
      mode: Mode,
      persona: Type.Optional(Text),
    },
    { additionalProperties: false },
  ),
  personas: Type.Object(
    {
      label: Label,
      terms: Terms,
      ageYears: Type.Optional(
        Type.Object({
          min: Type.Number({ minimum: 0, maximum: 150 }),
          max: Type.Number({ minimum: 0, maximum: 150 }),
        }),
      ),
    },
    { additionalProperties: false },
  ),
  attributes: Type.Object(
    {
      label: Label,
      terms: Terms,
      attribute: AttributeKey,
      values: Type.Array(Value, { minItems: 1, maxItems: 20 }),
      mode: Mode,
    },
    { additionalProperties: false },
  ),
  sorts: Type.Object(
    {
      label: Label,
      terms: Terms,
      sort: Type.Union(['price_asc', 'price_desc', 'sales', 'rating', 'newest'].map((s) => Type.Literal(s))),
    },
    { additionalProperties: false },
  ),
};

const validators = new Map(Object.entries(ENTRY_SCHEMAS).map(([kind, schema]) => [kind, Compile(schema)]));

/** The first problem with an entry of this kind, or undefined when it is valid. */
export function entryProblem(kind: DictionaryKind, entry: unknown): string | undefined {
  const validator = validators.get(kind)!;
  if (validator.Check(entry)) return undefined;
  const first = validator.Errors(entry)[0];
  return `${first?.instancePath || '/'}: ${first?.message ?? 'invalid'}`;
}
