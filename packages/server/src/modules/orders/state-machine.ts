import { fail, ok, type Result } from '../../platform/index.ts';

/**
 * The order lifecycle as a pure function, so every rule is testable without a database and every
 * writer (routes, jobs, event subscribers) goes through the same table. docs/orders.md draws it.
 */
export const ORDER_STATUSES = [
  'pending_payment',
  'paid',
  'shipped',
  'delivered',
  'completed',
  'cancelled',
  'refund_requested',
  'refunded',
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const ORDER_ACTIONS = [
  'pay',
  'cancel',
  'ship',
  'deliver',
  'complete',
  'request_refund',
  'reject_refund',
  'refund',
] as const;
export type OrderAction = (typeof ORDER_ACTIONS)[number];

/** The states a refund can be requested from, and so the states a rejected request returns to. */
export const REFUNDABLE_STATUSES = ['paid', 'shipped', 'delivered', 'completed'] as const;
export type RefundableStatus = (typeof REFUNDABLE_STATUSES)[number];

/** After completion the shopper may still ask for a refund for this long (after-sales window). */
export const REFUND_WINDOW_MS = 7 * 24 * 60 * 60 * 1000;

export interface OrderMachineState {
  readonly status: OrderStatus;
  /** Set while a refund is requested: where a rejection sends the order back to. */
  readonly statusBeforeRefundRequest: RefundableStatus | null;
  readonly completedAt: Date | null;
}

type Next = Pick<OrderMachineState, 'status' | 'statusBeforeRefundRequest'>;
type TransitionFailure = 'ORDER_TRANSITION_INVALID' | 'REFUND_WINDOW_CLOSED';

// Plain edges: action -> (from -> to). request_refund and reject_refund need state, so they are below.
const EDGES: Record<
  Exclude<OrderAction, 'request_refund' | 'reject_refund'>,
  Partial<Record<OrderStatus, OrderStatus>>
> = {
  pay: { pending_payment: 'paid' },
  cancel: { pending_payment: 'cancelled' },
  ship: { paid: 'shipped' },
  deliver: { shipped: 'delivered' },
  complete: { delivered: 'completed' },
  // Goods already shipped are refunded only through a request, so the merchant decides on returns.
  refund: { paid: 'refunded', refund_requested: 'refunded' },
};

function isRefundable(status: OrderStatus): status is RefundableStatus {
  return (REFUNDABLE_STATUSES as readonly string[]).includes(status);
}

/** Where `action` takes an order in `state` at time `now`; a failure means the order must not change. */
export function applyOrderAction(
  state: OrderMachineState,
  action: OrderAction,
  now: Date,
): Result<Next, TransitionFailure> {
  const refused = () => fail('ORDER_TRANSITION_INVALID', `Cannot ${action} an order that is ${state.status}`);
  switch (action) {
    case 'request_refund': {
      if (!isRefundable(state.status)) return refused();
      if (state.status === 'completed') {
        const completedAt = state.completedAt?.getTime();
        if (completedAt === undefined || now.getTime() - completedAt > REFUND_WINDOW_MS) {
          return fail('REFUND_WINDOW_CLOSED');
        }
      }
      return ok({ status: 'refund_requested', statusBeforeRefundRequest: state.status });
    }
    case 'reject_refund': {
      if (state.status !== 'refund_requested' || state.statusBeforeRefundRequest === null) return refused();
      return ok({ status: state.statusBeforeRefundRequest, statusBeforeRefundRequest: null });
    }
    default: {
      const to = EDGES[action][state.status];
      if (!to) return refused();
      return ok({ status: to, statusBeforeRefundRequest: null });
    }
  }
}

export function isTerminal(status: OrderStatus): boolean {
  return status === 'cancelled' || status === 'refunded';
}
