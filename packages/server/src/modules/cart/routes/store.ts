import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { unwrap, type Runtime } from '../../../platform/index.ts';
import { addCartItem } from '../services/add-item.ts';
import { MAX_LINE_QUANTITY } from '../services/add-quantity.ts';
import { removeCartItem, setCartItemQuantity } from '../services/change-item.ts';
import { getCart } from '../services/get-cart.ts';
import { mergeGuestCart } from '../services/merge-guest-cart.ts';
import { CartSchema } from '../views.ts';

const CART_TOKEN_HEADER = 'x-cart-token';
const CartHeaders = Type.Object({
  [CART_TOKEN_HEADER]: Type.Optional(Type.String({ maxLength: 100, description: 'A guest cart token' })),
});
const Quantity = Type.Integer({ minimum: 1, maximum: MAX_LINE_QUANTITY });
const AddItemBody = Type.Object(
  { skuId: Type.String({ minLength: 1, maxLength: 64 }), quantity: Quantity },
  { additionalProperties: false },
);
const ItemParams = Type.Object({ id: Type.String({ maxLength: 64 }) }, { additionalProperties: false });
const QuantityBody = Type.Object({ quantity: Quantity }, { additionalProperties: false });

/** Guests (by x-cart-token) and signed-in shoppers; prices come from the catalog on every answer. */
export const storeCartRoutes: FastifyPluginAsyncTypebox<{ runtime: Runtime }> = async (app) => {
  // A shopper who still carries a guest token signed in elsewhere or before the merge ran: merge now.
  app.addHook('preHandler', async (request) => {
    const token = request.headers[CART_TOKEN_HEADER];
    const { ctx } = request;
    if (ctx.actor.kind === 'shopper' && typeof token === 'string' && token.length > 0) {
      await mergeGuestCart(ctx, ctx.actor.customerId, token);
    }
  });
  app.get(
    '/cart',
    { schema: { tags: ['cart'], headers: CartHeaders, response: { 200: CartSchema } } },
    async (request) => getCart(request.ctx),
  );

  app.post(
    '/cart/items',
    { schema: { tags: ['cart'], headers: CartHeaders, body: AddItemBody, response: { 200: CartSchema } } },
    async (request, reply) => {
      const cart = unwrap(await addCartItem(request.ctx, request.body));
      // Also as a header, so a client can keep it without reading the body.
      if (cart.cartToken) reply.header(CART_TOKEN_HEADER, cart.cartToken);
      return cart;
    },
  );

  app.patch(
    '/cart/items/:id',
    {
      schema: {
        tags: ['cart'],
        headers: CartHeaders,
        params: ItemParams,
        body: QuantityBody,
        response: { 200: CartSchema },
      },
    },
    async (request) =>
      unwrap(await setCartItemQuantity(request.ctx, request.params.id, request.body.quantity)),
  );

  app.delete(
    '/cart/items/:id',
    { schema: { tags: ['cart'], headers: CartHeaders, params: ItemParams, response: { 200: CartSchema } } },
    async (request) => unwrap(await removeCartItem(request.ctx, request.params.id)),
  );
};
