import { Type, type Static } from 'typebox';
import { CurrencyCode, MinorAmount } from '../../platform/index.ts';

const Localized = (maxLength: number) =>
  Type.Object(
    {
      'zh-CN': Type.Optional(Type.String({ minLength: 1, maxLength })),
      en: Type.Optional(Type.String({ minLength: 1, maxLength })),
    },
    { additionalProperties: false, minProperties: 1 },
  );

const ImportSku = Type.Object(
  {
    code: Type.String({ minLength: 1, maxLength: 64 }),
    specs: Type.Optional(Type.Record(Type.String({ maxLength: 40 }), Type.String({ maxLength: 100 }))),
    /** What the shopper pays (sale price); defaults to listPrice. */
    price: Type.Optional(MinorAmount),
    listPrice: MinorAmount,
    currency: CurrencyCode,
    weightGrams: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000 })),
    stock: Type.Optional(Type.Integer({ minimum: 0, maximum: 10_000_000 })),
  },
  { additionalProperties: false },
);

/**
 * One product in an import file (a JSONL line, or the CSV rows sharing a handle). Categories, brands and
 * attribute definitions are named, not referenced by id: the importer creates what does not exist yet.
 */
export const ImportProductRow = Type.Object(
  {
    handle: Type.String({ minLength: 1, maxLength: 120 }),
    status: Type.Optional(
      Type.Union([Type.Literal('draft'), Type.Literal('active'), Type.Literal('archived')]),
    ),
    title: Localized(200),
    description: Type.Optional(Localized(20_000)),
    /** A path from the root, '/'-separated: "鞋靴/徒步鞋". */
    category: Type.Optional(Type.String({ minLength: 1, maxLength: 300 })),
    brand: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    tags: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 40 }), { maxItems: 30 })),
    attributes: Type.Optional(
      Type.Record(Type.String({ maxLength: 40 }), Type.Unknown(), { maxProperties: 50 }),
    ),
    images: Type.Optional(
      Type.Array(
        Type.Object(
          { url: Type.String({ maxLength: 2000 }), alt: Type.Optional(Type.String({ maxLength: 200 })) },
          { additionalProperties: false },
        ),
        { maxItems: 20 },
      ),
    ),
    skus: Type.Array(ImportSku, { minItems: 1, maxItems: 100 }),
  },
  { additionalProperties: false },
);
export type ImportProductRow = Static<typeof ImportProductRow>;
