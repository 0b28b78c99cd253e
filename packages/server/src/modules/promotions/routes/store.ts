import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { priceSkus } from '../../catalog/index.ts';
import {
  AppError,
  fail,
  ok,
  unwrap,
  type Ctx,
  type Currency,
  type Result,
  type Runtime,
} from '../../../platform/index.ts';
import { claimCoupon } from '../services/claim-coupon.ts';
import type { PricedLine } from '../services/coupon-lines.ts';
import { findCoupon } from '../services/find-coupon.ts';
import { termsApply } from '../services/quote-coupon.ts';
import { currentCartLines, listClaimableCoupons, listMyCoupons } from '../services/wallet.ts';
import { CouponQuoteSchema, MyCouponSchema, StoreCouponSchema, toStoreCoupon } from '../views.ts';

export const CouponIdParams = Type.Object(
  { id: Type.String({ minLength: 1, maxLength: 64 }) },
  { additionalProperties: false },
);

/** What checkout and the quote accept: a typed shared code, or a coupon from the shopper's wallet. */
export const CouponChoiceSchema = Type.Union([
  Type.Object({ code: Type.String({ minLength: 1, maxLength: 32 }) }, { additionalProperties: false }),
  Type.Object({ couponId: Type.String({ minLength: 1, maxLength: 64 }) }, { additionalProperties: false }),
]);

const QuoteBody = Type.Object(
  {
    coupon: CouponChoiceSchema,
    items: Type.Optional(
      Type.Array(
        Type.Object(
          {
            skuId: Type.String({ minLength: 1, maxLength: 64 }),
            quantity: Type.Integer({ minimum: 1, maximum: 999 }),
          },
          { additionalProperties: false },
        ),
        { minItems: 1, maxItems: 50, description: 'Buy now: quote these lines instead of the cart' },
      ),
    ),
  },
  { additionalProperties: false },
);

function shopperOf(ctx: Ctx): string {
  if (ctx.actor.kind !== 'shopper') throw new AppError('UNAUTHENTICATED');
  return ctx.actor.customerId;
}

/** Buy-now lines priced from the catalog, as checkout will price them. */
async function pricedItems(
  ctx: Ctx,
  items: { skuId: string; quantity: number }[],
): Promise<Result<{ currency: string | null; lines: PricedLine[] }>> {
  const priced = new Map(
    (
      await priceSkus(
        ctx,
        items.map((i) => i.skuId),
      )
    ).map((p) => [p.skuId, p]),
  );
  const lines: PricedLine[] = [];
  for (const item of items) {
    const sku = priced.get(item.skuId);
    if (!sku || !sku.purchasable) return fail('PRODUCT_NOT_PURCHASABLE', undefined, { skuIds: [item.skuId] });
    lines.push({ skuId: sku.skuId, productId: sku.productId, lineTotal: sku.unitPrice * item.quantity });
  }
  return ok({ currency: priced.get(items[0]?.skuId ?? '')?.currency ?? null, lines });
}

/** Coupons for shoppers: the coupon centre, claiming, the wallet, and the checkout quote. */
export const promotionsStoreRoutes: FastifyPluginAsyncTypebox<{ runtime: Runtime }> = async (app) => {
  app.get(
    '/coupons/claimable',
    {
      schema: {
        tags: ['coupons'],
        summary: 'Coupons that can be claimed now',
        response: { 200: Type.Object({ items: Type.Array(StoreCouponSchema) }) },
      },
    },
    async (request) => ({ items: await listClaimableCoupons(request.ctx) }),
  );

  app.post(
    '/coupons/:id/claim',
    {
      config: { shopper: true },
      schema: {
        tags: ['coupons'],
        summary: 'Claim a coupon into my wallet',
        params: CouponIdParams,
        response: { 201: MyCouponSchema },
      },
    },
    async (request, reply) => {
      const customerId = shopperOf(request.ctx);
      const claimed = unwrap(await claimCoupon(request.ctx, customerId, request.params.id));
      const mine = (await listMyCoupons(request.ctx, customerId)).find((c) => c.id === claimed.id);
      if (!mine) throw new Error('a claimed coupon is missing from the wallet');
      return reply.code(201).send(mine);
    },
  );

  app.get(
    '/coupons/mine',
    {
      config: { shopper: true },
      schema: {
        tags: ['coupons'],
        summary: 'My usable coupons, each with what it would take off my cart now',
        response: { 200: Type.Object({ items: Type.Array(MyCouponSchema) }) },
      },
    },
    async (request) => ({ items: await listMyCoupons(request.ctx, shopperOf(request.ctx)) }),
  );

  app.post(
    '/coupons/quote',
    {
      config: { shopper: true },
      schema: {
        tags: ['coupons'],
        summary: 'What a coupon takes off my cart (or buy-now lines), before placing the order',
        description: 'Reads only. Checkout checks the coupon again and redeems it atomically.',
        body: QuoteBody,
        response: { 200: CouponQuoteSchema },
      },
    },
    async (request) => {
      const { ctx } = request;
      const customerId = shopperOf(ctx);
      // The coupon first: someone else's wallet coupon is 404 whatever the cart holds.
      const found = unwrap(await findCoupon(ctx, customerId, request.body.coupon));
      const source = request.body.items
        ? unwrap(await pricedItems(ctx, request.body.items))
        : await currentCartLines(ctx);
      if (source.currency === null || source.lines.length === 0) {
        throw new AppError('COUPON_NOT_APPLICABLE', 'There is nothing to discount');
      }
      const quote = unwrap(
        await termsApply(ctx, { ...found, customerId, currency: source.currency, lines: source.lines }),
      );
      return {
        coupon: toStoreCoupon(quote.template),
        couponId: quote.customerCouponId,
        currency: source.currency as Currency,
        subtotal: source.lines.reduce((sum, line) => sum + line.lineTotal, 0),
        eligibleSubtotal: quote.discount.eligibleSubtotal,
        discount: quote.discount.amount,
      };
    },
  );
};
