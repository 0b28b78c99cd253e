import { Type, type Static } from 'typebox';
import { CurrencyCode, MinorAmount } from '../../../platform/index.ts';
import { DateTime, EntityId, ImageUrl, Nullable } from './common.ts';
import { AttributeKey, AttributeValue } from './attribute.ts';

export const ProductStatus = Type.Union([
  Type.Literal('draft'),
  Type.Literal('active'),
  Type.Literal('archived'),
]);
export const SkuStatus = Type.Union([Type.Literal('active'), Type.Literal('inactive')]);

const ProductText = Type.Object(
  {
    title: Type.String({ minLength: 1, maxLength: 200 }),
    subtitle: Type.Optional(Type.String({ maxLength: 300 })),
    description: Type.Optional(Type.String({ maxLength: 20_000 })),
  },
  { additionalProperties: false },
);

export const ProductTexts = Type.Object(
  { 'zh-CN': Type.Optional(ProductText), en: Type.Optional(ProductText) },
  { additionalProperties: false, minProperties: 1, description: 'At least one locale' },
);
export type ProductTexts = Static<typeof ProductTexts>;

export const ProductImage = Type.Object(
  { url: ImageUrl, alt: Type.Optional(Nullable(Type.String({ maxLength: 200 }))) },
  { additionalProperties: false },
);

const Tags = Type.Array(Type.String({ minLength: 1, maxLength: 40 }), { maxItems: 30 });
const Images = Type.Array(ProductImage, { maxItems: 20 });
export const ProductAttributes = Type.Record(AttributeKey, AttributeValue, {
  maxProperties: 50,
  additionalProperties: false,
});

/** Spec attributes that tell a product's SKUs apart, e.g. { colour: '黑色', size: '42' }. */
const Specs = Type.Record(
  Type.String({ pattern: '^\\S.{0,39}$' }),
  Type.String({ minLength: 1, maxLength: 100 }),
  {
    maxProperties: 10,
    additionalProperties: false,
  },
);

const SkuCode = Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*$' });
const Barcode = Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9-]+$' });
const WeightGrams = Type.Integer({ minimum: 0, maximum: 1_000_000 });

export const SkuInput = Type.Object(
  {
    code: SkuCode,
    specs: Type.Optional(Specs),
    listPrice: MinorAmount,
    // Defaults to the list price; never above it.
    salePrice: Type.Optional(MinorAmount),
    currency: CurrencyCode,
    weightGrams: Type.Optional(WeightGrams),
    barcode: Type.Optional(Nullable(Barcode)),
    imageUrl: Type.Optional(Nullable(ImageUrl)),
    status: Type.Optional(SkuStatus),
  },
  { additionalProperties: false },
);
export type SkuInput = Static<typeof SkuInput>;

/** What createProduct takes: the admin API body, and what the CLI importer and the seed build. */
export const ProductInput = Type.Object(
  {
    status: Type.Optional(ProductStatus),
    texts: ProductTexts,
    categoryId: Type.Optional(Nullable(EntityId)),
    brandId: Type.Optional(Nullable(EntityId)),
    tags: Type.Optional(Tags),
    images: Type.Optional(Images),
    attributes: Type.Optional(ProductAttributes),
    skus: Type.Array(SkuInput, { minItems: 1, maxItems: 100 }),
  },
  { additionalProperties: false },
);
export type ProductInput = Static<typeof ProductInput>;

/** Fields replace what is stored (texts and attributes as a whole); SKUs have their own routes. */
export const ProductPatch = Type.Object(
  {
    texts: Type.Optional(ProductTexts),
    categoryId: Type.Optional(Nullable(EntityId)),
    brandId: Type.Optional(Nullable(EntityId)),
    tags: Type.Optional(Tags),
    images: Type.Optional(Images),
    attributes: Type.Optional(ProductAttributes),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type ProductPatch = Static<typeof ProductPatch>;

export const SkuPatch = Type.Object(
  {
    code: Type.Optional(SkuCode),
    specs: Type.Optional(Specs),
    listPrice: Type.Optional(MinorAmount),
    salePrice: Type.Optional(MinorAmount),
    weightGrams: Type.Optional(WeightGrams),
    barcode: Type.Optional(Nullable(Barcode)),
    imageUrl: Type.Optional(Nullable(ImageUrl)),
    status: Type.Optional(SkuStatus),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type SkuPatch = Static<typeof SkuPatch>;

export const AdminSkuView = Type.Object({
  id: Type.String(),
  productId: Type.String(),
  code: Type.String(),
  specs: Type.Record(Type.String(), Type.String()),
  listPrice: Type.Integer(),
  salePrice: Type.Integer(),
  currency: Type.String(),
  weightGrams: Type.Integer(),
  barcode: Nullable(Type.String()),
  imageUrl: Nullable(Type.String()),
  status: SkuStatus,
  position: Type.Integer(),
});
export type AdminSkuView = Static<typeof AdminSkuView>;

const ImageView = Type.Object({ url: Type.String(), alt: Nullable(Type.String()) });

export const AdminProductView = Type.Object({
  id: Type.String(),
  status: ProductStatus,
  title: Type.String({ description: "In the reader's locale, else the other one" }),
  texts: ProductTexts,
  categoryId: Nullable(Type.String()),
  brandId: Nullable(Type.String()),
  tags: Type.Array(Type.String()),
  images: Type.Array(ImageView),
  attributes: Type.Record(Type.String(), AttributeValue),
  currency: Type.String(),
  priceFrom: Nullable(Type.Integer()),
  skus: Type.Array(AdminSkuView),
  createdAt: DateTime,
  updatedAt: DateTime,
});
export type AdminProductView = Static<typeof AdminProductView>;

export const AdminProductSummary = Type.Object({
  id: Type.String(),
  status: ProductStatus,
  title: Type.String(),
  categoryId: Nullable(Type.String()),
  brandId: Nullable(Type.String()),
  tags: Type.Array(Type.String()),
  imageUrl: Nullable(Type.String()),
  currency: Type.String(),
  priceFrom: Nullable(Type.Integer()),
  createdAt: DateTime,
  updatedAt: DateTime,
});
export type AdminProductSummary = Static<typeof AdminProductSummary>;

const NamedRef = Nullable(Type.Object({ id: Type.String(), name: Type.String() }));

export const StoreSkuView = Type.Object({
  id: Type.String(),
  code: Type.String(),
  specs: Type.Record(Type.String(), Type.String()),
  listPrice: Type.Integer(),
  salePrice: Type.Integer(),
  currency: Type.String(),
  weightGrams: Type.Integer(),
  imageUrl: Nullable(Type.String()),
});

export const StoreAttributeView = Type.Object({
  key: Type.String(),
  label: Type.String(),
  type: Type.String(),
  unit: Nullable(Type.String()),
  value: AttributeValue,
});

export const StoreProductSummary = Type.Object({
  id: Type.String(),
  title: Type.String(),
  subtitle: Nullable(Type.String()),
  imageUrl: Nullable(Type.String()),
  priceFrom: Type.Integer({ description: 'Lowest sale price among the SKUs on sale' }),
  currency: Type.String(),
  brand: NamedRef,
  categoryId: Nullable(Type.String()),
  tags: Type.Array(Type.String()),
});
export type StoreProductSummary = Static<typeof StoreProductSummary>;

export const StoreProductView = Type.Object({
  id: Type.String(),
  title: Type.String(),
  subtitle: Nullable(Type.String()),
  description: Nullable(Type.String()),
  images: Type.Array(ImageView),
  category: NamedRef,
  brand: NamedRef,
  tags: Type.Array(Type.String()),
  attributes: Type.Array(StoreAttributeView),
  priceFrom: Nullable(Type.Integer()),
  currency: Type.String(),
  skus: Type.Array(StoreSkuView),
});
export type StoreProductView = Static<typeof StoreProductView>;
