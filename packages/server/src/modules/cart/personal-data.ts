import { and, eq, inArray } from 'drizzle-orm';
import type { DataSubject, PersonalDataContributor } from '../../platform/index.ts';
import { cartItems, carts } from './schema.ts';

const ofSubject = (s: DataSubject) =>
  and(eq(carts.merchantId, s.merchantId), eq(carts.customerId, s.customerId));

/** What the shopper has in their cart: behaviour, not identity, but theirs to see and to have erased. */
export const cartPersonalData: PersonalDataContributor = {
  fields: [],
  async exportSubject(ctx, subject) {
    const mine = await ctx.db.select({ id: carts.id }).from(carts).where(ofSubject(subject));
    if (mine.length === 0) return undefined;
    const lines = await ctx.db
      .select({ skuId: cartItems.skuId, quantity: cartItems.quantity })
      .from(cartItems)
      .where(
        inArray(
          cartItems.cartId,
          mine.map((c) => c.id),
        ),
      );
    return { cartLines: lines };
  },
  async eraseSubject(ctx, subject) {
    await ctx.db.delete(carts).where(ofSubject(subject));
  },
};
