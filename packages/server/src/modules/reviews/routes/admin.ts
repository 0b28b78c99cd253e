import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { FreeText, pageOf, PageQuery, unwrap, type Runtime } from '../../../platform/index.ts';
import { REVIEW_STATUSES } from '../schema.ts';
import { listReviewsForModeration } from '../services/list-reviews.ts';
import { merchantReputation, replyToReview, setReviewVisibility } from '../services/moderate-review.ts';
import { ReputationSchema, ReviewSchema } from '../views.ts';

const ReviewParams = Type.Object(
  { id: Type.String({ minLength: 1, maxLength: 64 }) },
  { additionalProperties: false },
);
const ModerationQuery = Type.Object(
  {
    ...PageQuery.properties,
    status: Type.Optional(Type.Enum(REVIEW_STATUSES)),
    rating: Type.Optional(Type.Integer({ minimum: 1, maximum: 5 })),
    productId: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
  },
  { additionalProperties: false },
);
const HideBody = Type.Object(
  { reason: Type.Optional(FreeText({ maxLength: 200 })) },
  { additionalProperties: false },
);
const ReplyBody = Type.Object(
  { text: FreeText({ minLength: 1, maxLength: 500 }) },
  { additionalProperties: false },
);

/** The console's review pages: moderation with replies, and the shop's reputation. */
export const reviewsAdminRoutes: FastifyPluginAsyncTypebox<{ runtime: Runtime }> = async (app) => {
  const common = { tags: ['reviews'], security: [{ bearer: [] }] };

  app.get(
    '/reviews',
    {
      config: { permission: 'reviews:moderate' },
      schema: {
        ...common,
        summary: "The shop's reviews, newest first, hidden ones included",
        querystring: ModerationQuery,
        response: { 200: pageOf(ReviewSchema) },
      },
    },
    async (request) => listReviewsForModeration(request.ctx, request.query),
  );

  app.post(
    '/reviews/:id/hide',
    {
      config: { permission: 'reviews:moderate' },
      schema: {
        ...common,
        summary: 'Hide a review from the public; its rating leaves the product summary',
        params: ReviewParams,
        body: HideBody,
        response: { 200: ReviewSchema },
      },
    },
    async (request) =>
      unwrap(await setReviewVisibility(request.ctx, request.params.id, false, request.body.reason)),
  );

  app.post(
    '/reviews/:id/restore',
    {
      config: { permission: 'reviews:moderate' },
      schema: {
        ...common,
        summary: 'Show a hidden review again',
        params: ReviewParams,
        response: { 200: ReviewSchema },
      },
    },
    async (request) => unwrap(await setReviewVisibility(request.ctx, request.params.id, true)),
  );

  app.put(
    '/reviews/:id/reply',
    {
      config: { permission: 'reviews:moderate' },
      schema: {
        ...common,
        summary: "The shop's public reply to a review (replaces an earlier one)",
        params: ReviewParams,
        body: ReplyBody,
        response: { 200: ReviewSchema },
      },
    },
    async (request) => unwrap(await replyToReview(request.ctx, request.params.id, request.body.text)),
  );

  app.get(
    '/reviews/reputation',
    {
      config: { permission: 'reports:read' },
      schema: {
        ...common,
        summary: "The shop's reputation: mean rating of the last 90 days' visible reviews",
        response: { 200: ReputationSchema },
      },
    },
    async (request) => merchantReputation(request.ctx),
  );
};
