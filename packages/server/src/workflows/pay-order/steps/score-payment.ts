import type { OrderDetailView } from '../../../modules/orders/index.ts';
import { assessPayment, releaseAssessment, type RiskAssessment } from '../../../modules/risk/index.ts';
import type { Step } from '../../runner.ts';

export interface ScorePaymentInput {
  order: OrderDetailView;
  /** The client's X-Device-Id header, if it sent one. */
  deviceId?: string | undefined;
  now: Date;
}

/** Scores the attempt before any gateway is asked to charge it; a high score holds it for review. */
export const scorePaymentStep: Step<ScorePaymentInput, RiskAssessment> = {
  name: 'score-payment',
  invoke: (ctx, { order, deviceId, now }) =>
    assessPayment(ctx, {
      orderId: order.id,
      customerId: order.customerId,
      amount: order.total,
      currency: order.currency,
      discount: order.discount,
      deviceId,
      address: order.address,
      now,
    }),
  // The rollback removes the row; releasing also covers a caller that keeps its transaction after the
  // workflow failed, so an abandoned attempt neither waits for review nor counts against the shopper.
  compensate: (ctx, assessment) => releaseAssessment(ctx, assessment.id),
};
