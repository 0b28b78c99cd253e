import { Type, type Static } from 'typebox';
import { LocalizedName, Nullable } from './common.ts';

export const AttributeKey = Type.String({ pattern: '^[a-z][a-z0-9_]{0,39}$', maxLength: 40 });

export const AttributeType = Type.Union([
  Type.Literal('boolean'),
  Type.Literal('number'),
  Type.Literal('text'),
  Type.Literal('enum'),
  Type.Literal('range'),
]);

const Bound = Type.Number({ minimum: -1e12, maximum: 1e12 });

/** Any attribute value; its definition's type decides which of these a given key accepts. */
export const AttributeValue = Type.Union([
  Type.Boolean(),
  Bound,
  Type.String({ minLength: 1, maxLength: 500 }),
  Type.Object({ min: Bound, max: Bound }, { additionalProperties: false }),
]);

const EnumOption = Type.String({ minLength: 1, maxLength: 100 });

export const AttributeDefinitionInput = Type.Object(
  {
    type: AttributeType,
    unit: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 20 }))),
    label: LocalizedName,
    options: Type.Optional(Type.Array(EnumOption, { maxItems: 200, uniqueItems: true })),
  },
  { additionalProperties: false },
);
export type AttributeDefinitionInput = Static<typeof AttributeDefinitionInput>;

export const AttributeDefinitionView = Type.Object({
  key: Type.String(),
  type: AttributeType,
  unit: Nullable(Type.String()),
  label: LocalizedName,
  options: Type.Array(Type.String()),
});
export type AttributeDefinitionView = Static<typeof AttributeDefinitionView>;
