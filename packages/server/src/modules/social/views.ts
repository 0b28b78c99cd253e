import { Type, type Static } from 'typebox';
import { FreeText } from '../../platform/index.ts';

export const FavouriteVisibility = Type.Union(
  // Spelled out (not mapped from FAVOURITE_VISIBILITIES) so the static type keeps the literals.
  [Type.Literal('private'), Type.Literal('friends'), Type.Literal('public')],
  { description: 'private: only me; friends: shoppers who follow me and whom I follow; public: anyone' },
);

export const CustomerIdParam = Type.String({ pattern: '^cus_[0-9a-z]{26}$', maxLength: 40 });
export const ProductIdParam = Type.String({ pattern: '^prod_[0-9a-z]{26}$', maxLength: 40 });

/** What a favourites list or a creator's picks shows of a product: enough for a card. */
export const ProductCard = Type.Object({
  id: Type.String(),
  title: Type.String(),
  imageUrl: Type.Union([Type.String(), Type.Null()]),
  priceFrom: Type.Union([Type.Integer(), Type.Null()]),
  currency: Type.String(),
});
export type ProductCard = Static<typeof ProductCard>;

export const FavouriteSchema = Type.Object({
  productId: Type.String(),
  visibility: FavouriteVisibility,
  createdAt: Type.String({ format: 'date-time' }),
  /** Null when the product is no longer on sale (archived or deleted): the favourite stays until removed. */
  product: Type.Union([ProductCard, Type.Null()]),
});
export type FavouriteView = Static<typeof FavouriteSchema>;

export const SocialSettingsSchema = Type.Object(
  { defaultVisibility: FavouriteVisibility },
  { additionalProperties: false },
);
export type SocialSettings = Static<typeof SocialSettingsSchema>;

export const FollowSchema = Type.Object({
  customerId: Type.String(),
  /** They follow back: a friend. */
  friend: Type.Boolean(),
  /** Their public creator name; null for a shopper who is not a creator (shoppers are not named to others). */
  creatorName: Type.Union([Type.String(), Type.Null()]),
  since: Type.String({ format: 'date-time' }),
});
export type FollowView = Static<typeof FollowSchema>;

export const CreatorPageSchema = Type.Object({
  customerId: Type.String(),
  displayName: Type.String(),
  followers: Type.Integer({ minimum: 0 }),
  /** Whether the signed-in shopper follows this creator (false for guests). */
  following: Type.Boolean(),
  picks: Type.Array(ProductCard),
});
export type CreatorPage = Static<typeof CreatorPageSchema>;

export const CreatorSchema = Type.Object({
  customerId: Type.String(),
  displayName: Type.String(),
  followers: Type.Integer({ minimum: 0 }),
  since: Type.String({ format: 'date-time' }),
});
export type CreatorView = Static<typeof CreatorSchema>;

export const CreatorInput = Type.Object(
  { displayName: FreeText({ minLength: 1, maxLength: 40 }) },
  { additionalProperties: false },
);
