import type { Ctx } from '../../../platform/index.ts';
import { countOrders } from '../../orders/index.ts';
import { countEvents } from '../../recommend/index.ts';
import type { DateRange } from '../date-range.ts';
import type { FunnelView } from '../views.ts';

export const FUNNEL_STEPS = ['view', 'add_to_cart', 'order_placed', 'paid'] as const;

/**
 * Distinct shoppers at each step in [from, to) and the conversion from the step before and from the
 * first. Views and add-to-cart come from the storefront's behaviour events (a shopper is the account
 * when the events were joined to one under the personalisation consent, else the browsing session);
 * orders and payments from the orders module (accounts). Counts only: no person is read.
 */
export async function funnel(ctx: Ctx, range: DateRange): Promise<FunnelView> {
  const events = await countEvents(ctx, range);
  const orders = await countOrders(ctx, range);
  const counts = [events.view, events.add_to_cart, orders.placed.shoppers, orders.paid.shoppers];
  const first = counts[0] ?? 0;
  return {
    from: range.from.toISOString(),
    to: range.to.toISOString(),
    steps: FUNNEL_STEPS.map((step, i) => {
      const shoppers = counts[i] ?? 0;
      const before = i === 0 ? undefined : (counts[i - 1] ?? 0);
      return {
        step,
        shoppers,
        fromPrevious: before === undefined ? null : rate(shoppers, before),
        fromFirst: i === 0 ? null : rate(shoppers, first),
      };
    }),
    orders: { placed: orders.placed.orders, paid: orders.paid.orders },
  };
}

/** A share rounded to 4 decimals; null when there is nothing to divide by. */
function rate(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000;
}
