import { describe, expect, it } from 'vitest';
import {
  applyOrderAction,
  ORDER_ACTIONS,
  ORDER_STATUSES,
  REFUND_WINDOW_MS,
  REFUNDABLE_STATUSES,
  type OrderMachineState,
  type OrderStatus,
} from './state-machine.ts';

// Written out by hand, independently of the implementation: the contract in docs/orders.md.
const ALLOWED = new Map<string, OrderStatus>([
  ['pending_payment pay', 'paid'],
  ['pending_payment cancel', 'cancelled'],
  ['paid ship', 'shipped'],
  ['paid request_refund', 'refund_requested'],
  ['paid refund', 'refunded'],
  ['shipped deliver', 'delivered'],
  ['shipped request_refund', 'refund_requested'],
  ['delivered complete', 'completed'],
  ['delivered request_refund', 'refund_requested'],
  ['completed request_refund', 'refund_requested'],
  ['refund_requested refund', 'refunded'],
]);

const NOW = new Date('2030-01-10T00:00:00Z');
const state = (status: OrderStatus, extra: Partial<OrderMachineState> = {}): OrderMachineState =>
  Object.freeze({
    status,
    statusBeforeRefundRequest: null,
    completedAt: new Date(NOW.getTime() - 60_000),
    ...extra,
  });

describe('order state machine', () => {
  for (const from of ORDER_STATUSES) {
    for (const action of ORDER_ACTIONS) {
      if (action === 'reject_refund') continue; // depends on the remembered status: tested below
      const expected = ALLOWED.get(`${from} ${action}`);
      const before = from === 'refund_requested' ? { statusBeforeRefundRequest: 'paid' as const } : {};
      it(`${from} --${action}--> ${expected ?? 'refused'}`, () => {
        const result = applyOrderAction(state(from, before), action, NOW);
        if (expected) {
          expect(result).toEqual({
            ok: true,
            value: {
              status: expected,
              statusBeforeRefundRequest: expected === 'refund_requested' ? from : null,
            },
          });
        } else {
          expect(result).toMatchObject({ ok: false, code: 'ORDER_TRANSITION_INVALID' });
        }
      });
    }
  }

  for (const previous of REFUNDABLE_STATUSES) {
    it(`a rejected refund request returns the order to ${previous}`, () => {
      const result = applyOrderAction(
        state('refund_requested', { statusBeforeRefundRequest: previous }),
        'reject_refund',
        NOW,
      );
      expect(result).toEqual({ ok: true, value: { status: previous, statusBeforeRefundRequest: null } });
    });
  }

  for (const from of ORDER_STATUSES.filter((s) => s !== 'refund_requested')) {
    it(`refuses to reject a refund for an order that is ${from}`, () => {
      expect(applyOrderAction(state(from), 'reject_refund', NOW)).toMatchObject({
        ok: false,
        code: 'ORDER_TRANSITION_INVALID',
      });
    });
  }

  it('refuses to reject a refund request that does not remember where it came from', () => {
    expect(applyOrderAction(state('refund_requested'), 'reject_refund', NOW)).toMatchObject({
      ok: false,
      code: 'ORDER_TRANSITION_INVALID',
    });
  });

  it('allows a refund request on a completed order only within the window', () => {
    const justInside = state('completed', { completedAt: new Date(NOW.getTime() - REFUND_WINDOW_MS) });
    const justOutside = state('completed', { completedAt: new Date(NOW.getTime() - REFUND_WINDOW_MS - 1) });
    expect(applyOrderAction(justInside, 'request_refund', NOW).ok).toBe(true);
    expect(applyOrderAction(justOutside, 'request_refund', NOW)).toMatchObject({
      ok: false,
      code: 'REFUND_WINDOW_CLOSED',
    });
    expect(applyOrderAction(state('completed', { completedAt: null }), 'request_refund', NOW)).toMatchObject({
      ok: false,
      code: 'REFUND_WINDOW_CLOSED',
    });
  });

  it('keeps terminal states terminal', () => {
    for (const status of ['cancelled', 'refunded'] as const) {
      for (const action of ORDER_ACTIONS) expect(applyOrderAction(state(status), action, NOW).ok).toBe(false);
    }
  });
});
