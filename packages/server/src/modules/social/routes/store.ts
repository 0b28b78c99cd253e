import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { AppError, customerIdOf, pageOf, unwrap, type Ctx, type Runtime } from '../../../platform/index.ts';
import { getCreatorPage } from '../services/creators.ts';
import { forgetSocialSignals } from '../services/social-signals-cache.ts';
import { follow, listFollowing, unfollow } from '../services/follows.ts';
import { listFavourites } from '../services/list-favourites.ts';
import { removeFavourite } from '../services/remove-favourite.ts';
import { MAX_MERGED_FAVOURITES, mergeFavourites, saveFavourite } from '../services/save-favourite.ts';
import { getSocialSettings, setSocialSettings } from '../services/social-profile.ts';
import {
  CreatorPageSchema,
  CustomerIdParam,
  FavouriteSchema,
  FavouriteVisibility,
  FollowSchema,
  ProductIdParam,
  SocialSettingsSchema,
} from '../views.ts';

const ProductParams = Type.Object({ productId: ProductIdParam }, { additionalProperties: false });
const CustomerParams = Type.Object({ customerId: CustomerIdParam }, { additionalProperties: false });
const FavouritesQuery = Type.Object(
  {
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, default: 20 })),
    cursor: Type.Optional(Type.String({ maxLength: 200 })),
  },
  { additionalProperties: false },
);

function me(ctx: Ctx): string {
  const id = customerIdOf(ctx);
  if (!id) throw new AppError('UNAUTHENTICATED');
  return id;
}

/** Favourites, follows and creator pages for the storefront. */
export const socialStoreRoutes: FastifyPluginAsyncTypebox<{ runtime: Runtime }> = async (
  app,
  { runtime },
) => {
  // Before the response leaves, so the next feed of the writer, or of anyone following them, reads afresh.
  // A follow changes what both sides see (friends are mutual follows).
  app.addHook('onSend', async (request, reply, payload) => {
    // Refused requests (401 before any ctx exists, too) changed nothing.
    if (!request.ctx || request.method === 'GET' || request.method === 'HEAD' || reply.statusCode >= 400)
      return payload;
    const writer = customerIdOf(request.ctx);
    if (writer) {
      const other = (request.params as { customerId?: string } | undefined)?.customerId;
      await forgetSocialSignals(runtime, request.ctx.merchantId, other ? [writer, other] : [writer]);
    }
    return payload;
  });
  const common = { tags: ['social'], security: [{ bearer: [] }] };
  const config = { shopper: true };

  app.get(
    '/favourites',
    {
      config,
      schema: {
        ...common,
        summary: 'My favourites, newest first, with product cards',
        querystring: FavouritesQuery,
        response: { 200: pageOf(FavouriteSchema) },
      },
    },
    async (request) =>
      listFavourites(request.ctx, me(request.ctx), {
        limit: request.query.limit ?? 20,
        cursor: request.query.cursor,
      }),
  );

  app.put(
    '/favourites/:productId',
    {
      config,
      schema: {
        ...common,
        summary: 'Favourite a product (again: change its visibility)',
        description:
          'Send {} for the default. Without a visibility, a new favourite gets my default (mutual friends unless changed).',
        params: ProductParams,
        body: Type.Object(
          { visibility: Type.Optional(FavouriteVisibility) },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ productId: Type.String(), visibility: FavouriteVisibility }) },
      },
    },
    async (request) => {
      const saved = unwrap(
        await saveFavourite(request.ctx, me(request.ctx), request.params.productId, request.body.visibility),
      );
      return { productId: saved.productId, visibility: saved.visibility };
    },
  );

  app.delete(
    '/favourites/:productId',
    {
      config,
      schema: {
        ...common,
        summary: 'Remove a favourite',
        description:
          'FAVOURITE_NOT_FOUND when the product is not among my favourites (a client may treat it as done).',
        params: ProductParams,
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      if (!(await removeFavourite(request.ctx, me(request.ctx), request.params.productId)))
        throw new AppError('FAVOURITE_NOT_FOUND');
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/favourites/merge',
    {
      config,
      schema: {
        ...common,
        summary: "Add the device's guest favourites to my account (at sign-in)",
        body: Type.Object(
          { productIds: Type.Array(ProductIdParam, { maxItems: MAX_MERGED_FAVOURITES }) },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ added: Type.Integer({ minimum: 0 }) }) },
      },
    },
    async (request) => ({
      added: await mergeFavourites(request.ctx, me(request.ctx), request.body.productIds),
    }),
  );

  app.get(
    '/social/settings',
    {
      config,
      schema: { ...common, summary: 'Who sees my new favourites', response: { 200: SocialSettingsSchema } },
    },
    async (request) => getSocialSettings(request.ctx, me(request.ctx)),
  );

  app.put(
    '/social/settings',
    {
      config,
      schema: {
        ...common,
        summary: 'Change who sees my new favourites (existing ones keep their visibility)',
        body: SocialSettingsSchema,
        response: { 200: SocialSettingsSchema },
      },
    },
    async (request) => setSocialSettings(request.ctx, me(request.ctx), request.body),
  );

  app.get(
    '/follows',
    {
      config,
      schema: {
        ...common,
        summary: 'Whom I follow; friend is true when they follow me back',
        response: { 200: Type.Object({ items: Type.Array(FollowSchema) }) },
      },
    },
    async (request) => ({ items: await listFollowing(request.ctx, me(request.ctx)) }),
  );

  app.put(
    '/follows/:customerId',
    {
      config,
      schema: {
        ...common,
        summary: 'Follow a shopper or a creator',
        params: CustomerParams,
        response: { 200: FollowSchema },
      },
    },
    async (request) => unwrap(await follow(request.ctx, me(request.ctx), request.params.customerId)),
  );

  app.delete(
    '/follows/:customerId',
    {
      config,
      schema: { ...common, summary: 'Unfollow', params: CustomerParams, response: { 204: Type.Null() } },
    },
    async (request, reply) => {
      if (!(await unfollow(request.ctx, me(request.ctx), request.params.customerId)))
        throw new AppError('FOLLOW_NOT_FOUND');
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/creators/:customerId',
    {
      schema: {
        tags: ['social'],
        summary: "A creator's public page: name, followers and public picks",
        params: CustomerParams,
        response: { 200: CreatorPageSchema },
      },
    },
    async (request) => unwrap(await getCreatorPage(request.ctx, request.params.customerId)),
  );
};
