import { newId, type Ctx, type Result } from '../../platform/index.ts';
import type { OrderView } from '../../modules/orders/index.ts';
import type { CouponChoice } from '../../modules/promotions/index.ts';
import { runWorkflow, type WorkflowOptions } from '../runner.ts';
import { clearCartStep } from './steps/clear-cart.ts';
import { createOrderStep } from './steps/create-order.ts';
import { loadCartStep } from './steps/load-cart.ts';
import { priceCouponStep } from './steps/price-coupon.ts';
import { priceLinesStep, type OrderSource } from './steps/price-lines.ts';
import { quoteShippingStep } from './steps/quote-shipping.ts';
import { redeemCouponStep } from './steps/redeem-coupon.ts';
import { reserveStockStep } from './steps/reserve-stock.ts';
import { scheduleAutoCancelStep } from './steps/schedule-auto-cancel.ts';
import { snapshotAddressStep } from './steps/snapshot-address.ts';

export interface PlaceOrderInput {
  addressId: string;
  shippingTemplateId?: string | undefined;
  note?: string | undefined;
  /** "Buy now": order these lines directly, leaving the cart as it is. */
  items?: { skuId: string; quantity: number }[] | undefined;
  /** A shared coupon code or a coupon from the shopper's wallet; its discount is on the goods only. */
  coupon?: CouponChoice | undefined;
  /** How long the shopper has to pay (config.unpaidOrderTimeoutMinutes). */
  paymentWindowMinutes: number;
}

export interface PlaceOrderOptions extends WorkflowOptions {
  /**
   * Runs with the order once everything but the hot rows is written (an idempotent route stores its
   * answer here), so the coupon and stock rows stay locked only from their UPDATE to commit.
   */
  beforeLockingHotRows?: ((order: OrderView) => Promise<void>) | undefined;
}

/** Turns the signed-in shopper's cart into an order awaiting payment, with its stock held. */
export async function placeOrderWorkflow(
  ctx: Ctx,
  input: PlaceOrderInput,
  options: PlaceOrderOptions = {},
): Promise<Result<OrderView>> {
  if (ctx.actor.kind !== 'shopper') return { ok: false, code: 'UNAUTHENTICATED' };
  const customerId = ctx.actor.customerId;
  return runWorkflow(
    ctx,
    async (run) => {
      const cart: OrderSource = input.items
        ? { cartId: null, currency: null, items: mergeLines(input.items) }
        : await run(loadCartStep, undefined);
      const priced = await run(priceLinesStep, cart);
      const address = await run(snapshotAddressStep, input.addressId);
      const shipping = await run(quoteShippingStep, {
        priced,
        address,
        templateId: input.shippingTemplateId,
      });
      const coupon = input.coupon
        ? await run(priceCouponStep, { customerId, coupon: input.coupon, priced })
        : null;
      const orderId = newId('ord');
      const paymentDeadline = new Date(Date.now() + input.paymentWindowMinutes * 60_000);
      const order = await run(createOrderStep, {
        orderId,
        customerId,
        currency: priced.currency,
        lines: priced.lines,
        shippingFee: shipping.amount,
        discount: coupon?.discount.amount ?? 0,
        address,
        shippingTemplateId: shipping.templateId,
        note: input.note ?? null,
        paymentDeadline,
      });
      await run(scheduleAutoCancelStep, { orderId, deadline: paymentDeadline });
      if (cart.cartId) await run(clearCartStep, cart.cartId);
      await options.beforeLockingHotRows?.(order);
      // Late, like the stock: a popular shared code is one hot row that every checkout using it queues on.
      if (coupon)
        await run(redeemCouponStep, { orderId, customerId, currency: priced.currency, quote: coupon });
      // Last, so the hot stock rows stay locked only from here to commit: under a flash-sale rush every
      // checkout of one SKU queues on its row, and everything written before this point does not wait.
      await run(reserveStockStep, { orderId, lines: cart.items });
      return order;
    },
    options,
  );
}

/** The same SKU twice in a buy-now is one line. */
function mergeLines(items: { skuId: string; quantity: number }[]) {
  const merged = new Map<string, number>();
  for (const item of items) merged.set(item.skuId, (merged.get(item.skuId) ?? 0) + item.quantity);
  return [...merged].map(([skuId, quantity]) => ({ skuId, quantity }));
}
