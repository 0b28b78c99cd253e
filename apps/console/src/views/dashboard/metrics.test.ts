import { describe, expect, it } from 'vitest';
import { ordersByHour, salesByDay, summarise, type OrderFacts } from './metrics.ts';

const at = (day: number, hour: number) => new Date(2025, 4, day, hour, 30).toISOString();
const order = (facts: Partial<OrderFacts>): OrderFacts => ({
  status: 'paid',
  total: 10_000,
  refundedAmount: 0,
  createdAt: at(10, 9),
  paidAt: at(10, 9),
  ...facts,
});
const now = new Date(2025, 4, 10, 18, 0);
const orders = [
  order({}),
  order({ status: 'shipped', total: 30_000, createdAt: at(9, 21), paidAt: at(9, 21) }),
  order({ status: 'refunded', total: 5_000, refundedAmount: 5_000, createdAt: at(8, 9), paidAt: at(8, 9) }),
  order({ status: 'pending_payment', total: 99_000, paidAt: null, createdAt: at(10, 21) }),
  order({ status: 'cancelled', total: 1_000, paidAt: null, createdAt: at(1, 9) }),
];

describe('dashboard metrics', () => {
  it('counts only paid orders in GMV, today by the day they were paid', () => {
    expect(summarise(orders, now)).toEqual({
      gmv: 45_000,
      gmvToday: 10_000,
      paidOrders: 3,
      averageOrderValue: 15_000,
      refunded: 5_000,
      awaitingShipment: 1,
      awaitingPayment: 1,
    });
    expect(summarise([], now).averageOrderValue).toBe(0);
  });

  it('buckets sales by day, oldest first, with empty days kept', () => {
    expect(salesByDay(orders, 3, now)).toEqual([
      { day: '2025-05-08', gmv: 5_000, orders: 1 },
      { day: '2025-05-09', gmv: 30_000, orders: 1 },
      { day: '2025-05-10', gmv: 10_000, orders: 1 },
    ]);
  });

  it('counts orders by the hour they were placed', () => {
    const hours = ordersByHour(orders);
    expect(hours).toHaveLength(24);
    expect(hours[9]).toBe(3);
    expect(hours[21]).toBe(2);
  });
});
