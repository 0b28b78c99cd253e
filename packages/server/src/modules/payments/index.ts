import { fileURLToPath } from 'node:url';
import type { HexamallModule } from '../../platform/index.ts';
import { paymentProviders } from './providers/registry.ts';
import { createSandboxProvider } from './providers/sandbox.ts';
import { paymentsAdminRoutes } from './routes/admin.ts';
import { paymentsPublicRoutes } from './routes/public.ts';

export { createPayment, type CreatePaymentInput } from './services/create-payment.ts';
export { refundPayment, type RefundPaymentInput } from './services/refund-payment.ts';
export { getPayment, listPaymentsForOrder, listRefunds } from './services/get-payment.ts';
export { expirePendingPayments } from './services/expire-payments.ts';
export {
  failHeldPayment,
  failHeldPaymentsOfOrder,
  holdPayment,
  ORDER_CANCELLED_REASON,
  releaseHeldPayment,
  RISK_REJECTED_REASON,
} from './services/held-payments.ts';
export type { PaymentFailed, PaymentRefunded, PaymentSucceeded } from './events.ts';
export { paymentProviders, PaymentProviderRegistry } from './providers/registry.ts';
export type { ChargeRequest, PaymentProvider, ProviderEvent, RefundRequest } from './providers/provider.ts';
export { SANDBOX_PROVIDER_ID } from './providers/sandbox.ts';
export {
  INSTALMENT_COUNTS,
  PAYMENT_METHODS,
  PAYMENT_STATUSES,
  type PaymentMethod,
  type PaymentStatus,
} from './schema.ts';
export {
  InstalmentsSchema,
  NextActionSchema,
  PaymentMethodSchema,
  PaymentSchema,
  RefundSchema,
  type NextAction,
  type OpenedPayment,
  type Payment,
  type Refund,
} from './views.ts';

export const paymentsModule: HexamallModule = {
  name: 'payments',
  migrationsFolder: fileURLToPath(new URL('./migrations', import.meta.url)),
  adminRoutes: paymentsAdminRoutes,
  publicRoutes: paymentsPublicRoutes,
  setup(runtime) {
    paymentProviders.register(
      createSandboxProvider({
        webhookSecret: runtime.config.sandboxWebhookSecret,
        publicUrl: runtime.config.publicUrl,
      }),
    );
  },
};
