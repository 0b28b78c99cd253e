import { Type, type Static, type TSchema } from 'typebox';
import { CurrencyCode, MinorAmount } from '../../platform/index.ts';

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

export const CartLineSchema = Type.Object({
  id: Type.String(),
  skuId: Type.String(),
  quantity: Type.Integer({ minimum: 1 }),
  /** Null when the SKU no longer exists in the catalog. */
  productId: Nullable(Type.String()),
  productTitle: Nullable(Type.String()),
  skuCode: Nullable(Type.String()),
  specs: Type.Record(Type.String(), Type.String()),
  imageUrl: Nullable(Type.String()),
  unitPrice: Nullable(MinorAmount),
  listPrice: Nullable(MinorAmount),
  lineTotal: MinorAmount,
  /** On sale in the catalog; lines that are not are left out of the subtotal and refused at checkout. */
  purchasable: Type.Boolean(),
  /** Units that can still be sold right now; checkout reserves them for real. */
  available: Type.Integer({ minimum: 0 }),
  inStock: Type.Boolean(),
});
export type CartLine = Static<typeof CartLineSchema>;

export const CartSchema = Type.Object({
  /** Null until something is added. */
  id: Nullable(Type.String()),
  currency: Nullable(CurrencyCode),
  lines: Type.Array(CartLineSchema),
  itemCount: Type.Integer({ minimum: 0 }),
  subtotal: MinorAmount,
  /** True when every line can be checked out as it is. */
  checkoutReady: Type.Boolean(),
  /** Returned once, when a guest's cart is created: send it back as `x-cart-token`. */
  cartToken: Type.Optional(Type.String()),
});
export type CartView = Static<typeof CartSchema>;
