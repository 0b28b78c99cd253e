import { enqueueJob, ok } from '../../../platform/index.ts';
import { undoneByRollback, type Step } from '../../runner.ts';

/**
 * A durable job at the payment deadline: it survives restarts (it is a row committed with the order),
 * and cancels the order then if it is still unpaid.
 */
export const scheduleAutoCancelStep: Step<{ orderId: string; deadline: Date }, { jobId: string }> = {
  name: 'schedule-auto-cancel',
  async invoke(ctx, { orderId, deadline }) {
    return ok({ jobId: await enqueueJob(ctx, 'order.auto_cancel', { orderId }, { runAt: deadline }) });
  },
  compensate: undoneByRollback,
};
