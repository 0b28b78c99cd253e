/** What the dashboard needs of an order (GET /api/admin/orders). */
export interface OrderFacts {
  status: string;
  total: number;
  refundedAmount: number;
  createdAt: string;
  paidAt: string | null;
}

export interface DaySales {
  /** Local date, YYYY-MM-DD. */
  day: string;
  gmv: number;
  orders: number;
}

export interface Summary {
  /** Value of the orders paid in the period (minor units), before refunds. */
  gmv: number;
  gmvToday: number;
  paidOrders: number;
  averageOrderValue: number;
  refunded: number;
  awaitingShipment: number;
  awaitingPayment: number;
}

function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const paid = (o: OrderFacts) => o.paidAt !== null;

export function summarise(orders: readonly OrderFacts[], now: Date): Summary {
  const today = localDay(now);
  const sold = orders.filter(paid);
  const gmv = sold.reduce((sum, o) => sum + o.total, 0);
  return {
    gmv,
    gmvToday: sold
      .filter((o) => localDay(new Date(o.paidAt!)) === today)
      .reduce((sum, o) => sum + o.total, 0),
    paidOrders: sold.length,
    averageOrderValue: sold.length === 0 ? 0 : Math.round(gmv / sold.length),
    refunded: orders.reduce((sum, o) => sum + o.refundedAmount, 0),
    awaitingShipment: orders.filter((o) => o.status === 'paid').length,
    awaitingPayment: orders.filter((o) => o.status === 'pending_payment').length,
  };
}

/** GMV and paid orders per day for the last `days` days (oldest first), by the day they were paid. */
export function salesByDay(orders: readonly OrderFacts[], days: number, now: Date): DaySales[] {
  const buckets = new Map<string, DaySales>();
  for (let i = days - 1; i >= 0; i -= 1) {
    const day = localDay(new Date(now.getFullYear(), now.getMonth(), now.getDate() - i));
    buckets.set(day, { day, gmv: 0, orders: 0 });
  }
  for (const order of orders.filter(paid)) {
    const bucket = buckets.get(localDay(new Date(order.paidAt!)));
    if (!bucket) continue;
    bucket.gmv += order.total;
    bucket.orders += 1;
  }
  return [...buckets.values()];
}

/** Orders placed in each hour of the day (0-23), over every order given: when shoppers buy. */
export function ordersByHour(orders: readonly OrderFacts[]): number[] {
  const hours = Array.from({ length: 24 }, () => 0);
  for (const order of orders) hours[new Date(order.createdAt).getHours()]! += 1;
  return hours;
}
