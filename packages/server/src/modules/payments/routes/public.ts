import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Runtime } from '../../../platform/index.ts';
import { registerSandboxDelivery } from '../sandbox-gateway/delivery.ts';
import { sandboxGatewayRoutes } from '../sandbox-gateway/routes.ts';
import { webhookRoutes } from './webhooks.ts';

export const paymentsPublicRoutes: FastifyPluginAsyncTypebox<{ runtime: Runtime }> = async (app, opts) => {
  await app.register(webhookRoutes, opts);
  await app.register(sandboxGatewayRoutes, opts);
  registerSandboxDelivery(app, opts.runtime);
};
