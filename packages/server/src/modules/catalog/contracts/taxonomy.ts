import { Type, type Static } from 'typebox';
import { EntityId, ImageUrl, LocalizedName, Nullable } from './common.ts';

export const CategoryInput = Type.Object(
  {
    name: LocalizedName,
    parentId: Type.Optional(Nullable(EntityId)),
    sortOrder: Type.Optional(Type.Integer({ minimum: -100_000, maximum: 100_000 })),
  },
  { additionalProperties: false },
);
export type CategoryInput = Static<typeof CategoryInput>;

export const CategoryView = Type.Object({
  id: Type.String(),
  parentId: Nullable(Type.String()),
  name: LocalizedName,
  sortOrder: Type.Integer(),
});
export type CategoryView = Static<typeof CategoryView>;

export interface CategoryNode {
  id: string;
  name: string;
  sortOrder: number;
  children: CategoryNode[];
}

/** The store's category tree, nested to any depth. */
export const CategoryNode = Type.Cyclic(
  {
    CatalogCategoryNode: Type.Object({
      id: Type.String(),
      name: Type.String(),
      sortOrder: Type.Integer(),
      children: Type.Array(Type.Ref('CatalogCategoryNode')),
    }),
  },
  'CatalogCategoryNode',
);

export const BrandInput = Type.Object(
  { name: LocalizedName, logoUrl: Type.Optional(Nullable(ImageUrl)) },
  { additionalProperties: false },
);
export type BrandInput = Static<typeof BrandInput>;

export const BrandView = Type.Object({
  id: Type.String(),
  name: LocalizedName,
  logoUrl: Nullable(Type.String()),
});
export type BrandView = Static<typeof BrandView>;

export const StoreBrandView = Type.Object({
  id: Type.String(),
  name: Type.String(),
  logoUrl: Nullable(Type.String()),
});
export type StoreBrandView = Static<typeof StoreBrandView>;
