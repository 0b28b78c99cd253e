import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { AppError, pageOf, PageQuery, unwrap, type Runtime } from '../../../platform/index.ts';
import { createReview, ReviewInput } from '../services/create-review.ts';
import { ownOrder, productOnSale } from '../services/exists.ts';
import { listMyOrderReviews, listProductReviews } from '../services/list-reviews.ts';
import { getRatingSummary } from '../services/rating-summary.ts';
import { PublicReviewSchema, RatingSummarySchema, ReviewSchema } from '../views.ts';

// `:id` as the catalog's /products/:id and the orders' /orders/:id name it: one router tree.
const ProductParams = Type.Object(
  { id: Type.String({ minLength: 1, maxLength: 64 }) },
  { additionalProperties: false },
);
const OrderParams = Type.Object(
  { id: Type.String({ minLength: 1, maxLength: 64 }) },
  { additionalProperties: false },
);
const ProductReviewQuery = Type.Object(
  { ...PageQuery.properties, rating: Type.Optional(Type.Integer({ minimum: 1, maximum: 5 })) },
  { additionalProperties: false },
);

/** Reviews for shoppers: a product's summary and reviews, writing one, and mine on an order. */
export const reviewsStoreRoutes: FastifyPluginAsyncTypebox<{ runtime: Runtime }> = async (app) => {
  app.get(
    '/products/:id/reviews/summary',
    {
      schema: {
        tags: ['reviews'],
        summary: "A product's rating: average, count and distribution of its visible reviews",
        params: ProductParams,
        response: { 200: RatingSummarySchema },
      },
    },
    async (request) => {
      const summary = await getRatingSummary(request.ctx, request.params.id);
      if (summary.count === 0) unwrap(await productOnSale(request.ctx, request.params.id));
      return summary;
    },
  );

  app.get(
    '/products/:id/reviews',
    {
      schema: {
        tags: ['reviews'],
        summary: "A product's visible reviews, newest first, reviewers masked",
        params: ProductParams,
        querystring: ProductReviewQuery,
        response: { 200: pageOf(PublicReviewSchema) },
      },
    },
    async (request) => {
      const page = await listProductReviews(request.ctx, request.params.id, request.query);
      if (page.items.length === 0 && !request.query.cursor) {
        unwrap(await productOnSale(request.ctx, request.params.id));
      }
      return page;
    },
  );

  app.post(
    '/reviews',
    {
      config: { shopper: true },
      schema: {
        tags: ['reviews'],
        summary: 'Review an item of my delivered or completed order (once per item)',
        body: ReviewInput,
        response: { 201: ReviewSchema },
      },
    },
    async (request, reply) => reply.code(201).send(unwrap(await createReview(request.ctx, request.body))),
  );

  app.get(
    '/orders/:id/reviews',
    {
      config: { shopper: true },
      schema: {
        tags: ['reviews'],
        summary: 'My reviews of the items of one of my orders',
        params: OrderParams,
        response: { 200: Type.Object({ items: Type.Array(ReviewSchema) }) },
      },
    },
    async (request) => {
      const { actor } = request.ctx;
      if (actor.kind !== 'shopper') throw new AppError('UNAUTHENTICATED');
      const items = await listMyOrderReviews(request.ctx, actor.customerId, request.params.id);
      if (items.length === 0) unwrap(await ownOrder(request.ctx, request.params.id));
      return { items };
    },
  );
};
