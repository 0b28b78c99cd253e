import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Runtime } from '../platform/index.ts';

/** Routes whose handlers run a cross-module workflow (checkout, cancel, pay, refund). */
export interface WorkflowRoute {
  scope: 'store' | 'admin';
  plugin: FastifyPluginAsyncTypebox<{ runtime: Runtime }>;
}

export const WORKFLOW_ROUTES: WorkflowRoute[] = [];
