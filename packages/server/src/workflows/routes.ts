import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Runtime } from '../platform/index.ts';
import { autoCancelUnpaidOrder } from './cancel-order/index.ts';
import { cancelOrderRoute } from './cancel-order/route.ts';
import { giveUpImport, runImportBatch } from './import-products/index.ts';
import { importProductsRoutes } from './import-products/route.ts';
import { markOrderPaid } from './mark-order-paid/index.ts';
import { payOrderRoute } from './pay-order/route.ts';
import { checkoutRoute } from './place-order/route.ts';
import { refundOrderRoute } from './refund-order/route.ts';
import { requestRefundRoute } from './request-refund/route.ts';
import { reviewPaymentRoutes } from './review-payment/route.ts';
import { markOrderDelivered } from './ship-order/index.ts';
import { shipOrderRoute } from './ship-order/route.ts';

/** Routes whose handlers run a cross-module workflow (checkout, cancel, pay, refund). */
export interface WorkflowRoute {
  scope: 'store' | 'admin';
  plugin: FastifyPluginAsyncTypebox<{ runtime: Runtime }>;
}

export const WORKFLOW_ROUTES: WorkflowRoute[] = [
  { scope: 'store', plugin: checkoutRoute },
  { scope: 'store', plugin: payOrderRoute },
  { scope: 'store', plugin: cancelOrderRoute },
  { scope: 'store', plugin: requestRefundRoute },
  { scope: 'admin', plugin: shipOrderRoute },
  { scope: 'admin', plugin: refundOrderRoute },
  { scope: 'admin', plugin: reviewPaymentRoutes },
  { scope: 'admin', plugin: importProductsRoutes },
];

/** The workflows that start from an event or a job rather than a request. Called once at boot. */
export function setupWorkflows(runtime: Runtime): void {
  runtime.jobs.register('order.auto_cancel', autoCancelUnpaidOrder);
  runtime.jobs.register(
    'catalog.import_products',
    (ctx, payload) => runImportBatch(ctx, payload, runtime.log),
    { onGiveUp: (ctx, payload, error) => giveUpImport(ctx, payload, runtime.log, error) },
  );
  runtime.events.on('payment.succeeded', (event, ctx) => markOrderPaid(ctx, event.payload));
  runtime.events.on('shipment.delivered', (event, ctx) => markOrderDelivered(ctx, event.payload));
}
