import { and, eq } from 'drizzle-orm';
import {
  emit,
  enqueueJob,
  fail,
  inTransaction,
  newId,
  ok,
  type Ctx,
  type Result,
} from '../../../platform/index.ts';
import { AUTO_COMPLETE_AFTER_MS } from '../events.ts';
import { orders, orderTransitions, type OrderRow } from '../schema.ts';
import { applyOrderAction, type OrderAction, type OrderStatus } from '../state-machine.ts';
import { orderScope, actorOf } from './scope.ts';

export interface TransitionOptions {
  reason?: string;
  /** For `pay`: the payment that paid the order. */
  paymentId?: string;
  /** Only act when the order is in one of these states; otherwise ORDER_TRANSITION_INVALID, nothing changed. */
  onlyFrom?: readonly OrderStatus[];
}

// The timestamp each arrival state stamps on the order.
const STAMPS: Partial<Record<OrderStatus, keyof OrderRow>> = {
  paid: 'paidAt',
  shipped: 'shippedAt',
  delivered: 'deliveredAt',
  completed: 'completedAt',
  cancelled: 'cancelledAt',
  refunded: 'refundedAt',
};

/**
 * Moves an order through the state machine with its row locked, records the step in the timeline and
 * emits `order.status_changed`. An illegal move is a failure value and changes nothing.
 */
export async function transitionOrder(
  ctx: Ctx,
  orderId: string,
  action: OrderAction,
  options: TransitionOptions = {},
): Promise<Result<{ orderId: string; from: OrderStatus; to: OrderStatus }>> {
  return inTransaction(ctx, async (tx) => {
    const [order] = await tx.db
      .select()
      .from(orders)
      .where(and(orderScope(tx), eq(orders.id, orderId)))
      .for('update');
    if (!order) return fail('ORDER_NOT_FOUND');
    if (options.onlyFrom && !options.onlyFrom.includes(order.status)) {
      return fail('ORDER_TRANSITION_INVALID', `Cannot ${action} an order that is ${order.status}`);
    }
    const now = new Date();
    const next = applyOrderAction(order, action, now);
    if (!next.ok) return next;
    const to = next.value.status;
    const stamp = STAMPS[to];
    await tx.db
      .update(orders)
      .set({
        status: to,
        statusBeforeRefundRequest: next.value.statusBeforeRefundRequest,
        updatedAt: now,
        ...(stamp ? { [stamp]: now } : {}),
        ...(action === 'cancel' ? { cancelReason: options.reason ?? null } : {}),
        ...(action === 'pay' && options.paymentId ? { paymentId: options.paymentId } : {}),
      })
      .where(and(eq(orders.merchantId, ctx.merchantId), eq(orders.id, order.id)));
    await tx.db.insert(orderTransitions).values({
      id: newId('otr'),
      merchantId: ctx.merchantId,
      orderId: order.id,
      fromStatus: order.status,
      toStatus: to,
      ...actorOf(tx),
      reason: options.reason ?? null,
      at: now,
    });
    if (to === 'delivered') {
      // Also after a rejected refund request, so a delivered order always has a completion pending.
      const runAt = new Date(now.getTime() + AUTO_COMPLETE_AFTER_MS);
      await enqueueJob(tx, 'order.auto_complete', { orderId: order.id }, { runAt });
    }
    await emit(tx, 'order.status_changed', {
      orderId: order.id,
      customerId: order.customerId,
      from: order.status,
      to,
    });
    return ok({ orderId: order.id, from: order.status, to });
  });
}
