import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { FreeText, unwrap, type Runtime } from '../../platform/index.ts';
import { OrderSchema } from '../../modules/orders/index.ts';
import { CouponChoiceSchema } from '../../modules/promotions/index.ts';
import { answerIdempotently, IdempotencyHeaders } from '../idempotent-route.ts';
import { placeOrderWorkflow } from './index.ts';

const CheckoutBody = Type.Object(
  {
    addressId: Type.String({ minLength: 1, maxLength: 64 }),
    shippingTemplateId: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
    note: Type.Optional(FreeText({ maxLength: 200 })),
    items: Type.Optional(
      Type.Array(
        Type.Object(
          {
            skuId: Type.String({ minLength: 1, maxLength: 64 }),
            quantity: Type.Integer({ minimum: 1, maximum: 999 }),
          },
          { additionalProperties: false },
        ),
        { minItems: 1, maxItems: 50, description: 'Buy now: order these lines instead of the cart' },
      ),
    ),
    coupon: Type.Optional(CouponChoiceSchema),
  },
  { additionalProperties: false },
);

export const checkoutRoute: FastifyPluginAsyncTypebox<{ runtime: Runtime }> = async (app, { runtime }) => {
  app.post(
    '/checkout',
    {
      config: { shopper: true },
      schema: {
        tags: ['checkout'],
        headers: IdempotencyHeaders,
        body: CheckoutBody,
        response: { 201: OrderSchema },
      },
    },
    async (request, reply) =>
      answerIdempotently(request, reply, 'checkout', async (tx, storeEarly) =>
        unwrap(
          await placeOrderWorkflow(
            tx,
            { ...request.body, paymentWindowMinutes: runtime.config.unpaidOrderTimeoutMinutes },
            // unwrap() throws on a failure, which rolls back the whole transaction, idempotency key included.
            // The order is the answer: stored before the hot coupon and stock rows are locked.
            { callerRollsBackOnFailure: true, beforeLockingHotRows: storeEarly },
          ),
        ),
      ),
  );
};
